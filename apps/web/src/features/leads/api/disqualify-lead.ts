import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lead } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { storeLead } from './store-lead';

export async function disqualifyLead(id: number): Promise<Lead> {
  const response = await apiClient.post<Lead>(`leads/${String(id)}/disqualify/`);
  return response.data;
}

export function useDisqualifyLead() {
  const queryClient = useQueryClient();
  return useMutation<Lead, ApiError, number>({
    mutationFn: disqualifyLead,
    meta: { errorTitle: 'Could not disqualify the lead' },
    onSuccess: (lead) => storeLead(queryClient, lead),
  });
}
