import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lead, UpdateLeadBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { storeLead } from './store-lead';

export interface UpdateLeadVariables {
  id: number;
  body: UpdateLeadBody;
}

export async function updateLead({ id, body }: UpdateLeadVariables): Promise<Lead> {
  const response = await apiClient.patch<Lead>(`leads/${String(id)}/`, body);
  return response.data;
}

export function useUpdateLead() {
  const queryClient = useQueryClient();
  return useMutation<Lead, ApiError, UpdateLeadVariables>({
    mutationFn: updateLead,
    meta: { skipErrorToast: true },
    onSuccess: (lead) => storeLead(queryClient, lead),
  });
}
