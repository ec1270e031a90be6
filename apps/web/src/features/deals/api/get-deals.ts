import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Deal, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { toDealListQuery, type DealListParams } from '../lib/deal-table-params';
import { dealKeys } from './deal-keys';

export async function getDeals(params: DealListParams, pipelineId?: number): Promise<Paginated<Deal>> {
  const response = await apiClient.get<Paginated<Deal>>('deals/', { params: toDealListQuery(params, pipelineId) });
  return response.data;
}

export const dealsQueryOptions = (params: DealListParams, pipelineId?: number) =>
  queryOptions({
    queryKey: dealKeys.list({ ...params, pipeline: pipelineId }),
    queryFn: () => getDeals(params, pipelineId),
    // The previous page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });

export function useDeals(params: DealListParams, pipelineId?: number, enabled = true) {
  return useQuery({ ...dealsQueryOptions(params, pipelineId), enabled });
}
