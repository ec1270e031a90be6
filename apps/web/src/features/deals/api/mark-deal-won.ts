import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deal } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { syncDealCaches } from './sync-deal-caches';

/** Moves the deal to its pipeline's won stage; a deal already closed answers 409. */
export async function markDealWon(id: number): Promise<Deal> {
  const response = await apiClient.post<Deal>(`deals/${String(id)}/mark_won/`);
  return response.data;
}

export function useMarkDealWon() {
  const queryClient = useQueryClient();
  return useMutation<Deal, ApiError, number>({
    mutationFn: markDealWon,
    meta: { errorTitle: 'Could not mark the deal won' },
    onSuccess: (deal) => syncDealCaches(queryClient, deal, deal.id),
  });
}
