import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deal } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { syncDealCaches } from './sync-deal-caches';

/** Back to the last open stage the deal was in; an open deal answers 409. */
export async function reopenDeal(id: number): Promise<Deal> {
  const response = await apiClient.post<Deal>(`deals/${String(id)}/reopen/`);
  return response.data;
}

export function useReopenDeal() {
  const queryClient = useQueryClient();
  return useMutation<Deal, ApiError, number>({
    mutationFn: reopenDeal,
    meta: { errorTitle: 'Could not reopen the deal' },
    onSuccess: (deal) => syncDealCaches(queryClient, deal, deal.id),
  });
}
