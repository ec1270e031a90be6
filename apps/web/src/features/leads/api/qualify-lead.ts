import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Lead } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { storeLead } from './store-lead';

export async function qualifyLead(id: number): Promise<Lead> {
  const response = await apiClient.post<Lead>(`leads/${String(id)}/qualify/`);
  return response.data;
}

export function useQualifyLead() {
  const queryClient = useQueryClient();
  return useMutation<Lead, ApiError, number>({
    mutationFn: qualifyLead,
    meta: { errorTitle: 'Could not qualify the lead' },
    onSuccess: (lead) => storeLead(queryClient, lead),
  });
}
