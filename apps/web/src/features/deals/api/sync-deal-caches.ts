import type { QueryClient } from '@tanstack/react-query';
import type { Deal } from '@crm/contracts';
import { activityKeys, timelineKeys } from '@/features/activities';
import { dealKeys } from './deal-keys';

/**
 * After a deal changed on the server: its detail takes the answer as is, and every board, list and
 * history that may show it is refetched (counts and totals are the server's to compute).
 */
export async function syncDealCaches(queryClient: QueryClient, deal: Deal | null, dealId: number): Promise<void> {
  if (deal) queryClient.setQueryData(dealKeys.detail(dealId), deal);
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: dealKeys.boards() }),
    queryClient.invalidateQueries({ queryKey: dealKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: dealKeys.stageHistory(dealId) }),
    // The deal's timeline (and its customer's) shows every change as an event.
    queryClient.invalidateQueries({ queryKey: timelineKeys.all }),
    queryClient.invalidateQueries({ queryKey: activityKeys.all }),
  ]);
}
