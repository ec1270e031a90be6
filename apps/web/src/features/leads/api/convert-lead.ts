import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ConvertLeadBody, ConvertLeadResponse } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { customerKeys } from '@/features/customers';
import { storeLead } from './store-lead';

/** The customer type, owner and the deal's pipeline, stage and close date (PRODUCT §5's convert). */
export type ConvertLeadRequest = NonNullable<ConvertLeadBody>;

export interface ConvertLeadVariables {
  id: number;
  body: ConvertLeadRequest;
}

/** One request: the server creates and places the customer and deal in one transaction. */
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
