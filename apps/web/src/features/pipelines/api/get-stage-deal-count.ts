import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Paginated, Deal } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { pipelineKeys } from './pipeline-keys';

/** How many deals sit in a stage: decides whether deleting it must move them elsewhere. */
export async function getStageDealCount(stageId: number): Promise<number> {
  const response = await apiClient.get<Paginated<Deal>>('deals/', { params: { stage: stageId, page_size: 1 } });
  return response.data.count;
}

export const stageDealCountQueryOptions = (stageId: number) =>
  queryOptions({
    queryKey: pipelineKeys.stageDealCount(stageId),
    queryFn: () => getStageDealCount(stageId),
    staleTime: 0,
  });

export function useStageDealCount(stageId: number, enabled: boolean) {
  return useQuery({ ...stageDealCountQueryOptions(stageId), enabled });
}
