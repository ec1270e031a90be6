import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConvertLeadBody, ConvertLeadResponse } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { customerKeys } from '@/features/customers';
import { storeLead } from './store-lead';

export interface ConvertLeadVariables {
  id: number;
  body: NonNullable<ConvertLeadBody>;
}

export async function convertLead({ id, body }: ConvertLeadVariables): Promise<ConvertLeadResponse> {
  const response = await apiClient.post<ConvertLeadResponse>(`leads/${String(id)}/convert/`, body);
  return response.data;
}

export function useConvertLead() {
  const queryClient = useQueryClient();
  return useMutation<ConvertLeadResponse, ApiError, ConvertLeadVariables>({
    mutationFn: convertLead,
    // The dialog shows field errors at the fields and toasts the rest.
    meta: { skipErrorToast: true },
    onSuccess: async ({ lead, customer }) => {
      queryClient.setQueryData(customerKeys.detail(customer.id), customer);
      await Promise.all([
        storeLead(queryClient, lead),
        queryClient.invalidateQueries({ queryKey: customerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: ['deals'] }),
      ]);
    },
  });
}
