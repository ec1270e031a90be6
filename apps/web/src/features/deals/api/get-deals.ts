import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Deal, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { dealKeys, type DealListQuery } from './deal-keys';

/** The table's page of deals: the list's URL parameters, narrowed to one pipeline. */
export async function getDeals(query: DealListQuery): Promise<Paginated<Deal>> {
  const response = await apiClient.get<Paginated<Deal>>('deals/', { params: query });
  return response.data;
}

export const dealsQueryOptions = (params: DealListQuery, pipelineId: number) => {
  const query = { ...params, pipeline: pipelineId };
  return queryOptions({
    queryKey: dealKeys.list(query),
    queryFn: () => getDeals(query),
    // The previous page stays on screen while the next one loads, so the table does not jump.
    placeholderData: keepPreviousData,
  });
};

export function useDeals(params: DealListQuery, pipelineId: number, enabled = true) {
  return useQuery({ ...dealsQueryOptions(params, pipelineId), enabled });
}
