import { queryOptions, useQuery } from '@tanstack/react-query';
import type { StageHistoryEntry } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { dealKeys } from './deal-keys';

export async function getStageHistory(dealId: number): Promise<StageHistoryEntry[]> {
  const response = await apiClient.get<StageHistoryEntry[]>(`deals/${String(dealId)}/stage_history/`);
  return response.data;
}

export const stageHistoryQueryOptions = (dealId: number) =>
  queryOptions({ queryKey: dealKeys.stageHistory(dealId), queryFn: () => getStageHistory(dealId) });

export function useStageHistory(dealId: number) {
  return useQuery(stageHistoryQueryOptions(dealId));
}
