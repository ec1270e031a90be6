import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deal } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { syncDealCaches } from './sync-deal-caches';

export interface MarkDealLostVariables {
  id: number;
  lostReason: string | null;
}

/** Moves the deal to its pipeline's lost stage with an optional reason; a closed deal answers 409. */
export async function markDealLost({ id, lostReason }: MarkDealLostVariables): Promise<Deal> {
  const response = await apiClient.post<Deal>(`deals/${String(id)}/mark_lost/`, { lost_reason: lostReason });
  return response.data;
}

export function useMarkDealLost() {
  const queryClient = useQueryClient();
  return useMutation<Deal, ApiError, MarkDealLostVariables>({
    mutationFn: markDealLost,
    meta: { skipErrorToast: true },
    onSuccess: (deal) => syncDealCaches(queryClient, deal, deal.id),
  });
}
