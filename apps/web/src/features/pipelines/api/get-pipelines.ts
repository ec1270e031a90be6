import { queryOptions, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Paginated, type Pipeline } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { sortPipelinesDefaultFirst } from '../lib/sort-pipelines';
import { pipelineKeys } from './pipeline-keys';

/** Organizations keep a handful of pipelines: one page of the maximum size holds them all. */
export async function getPipelines(): Promise<Pipeline[]> {
  const response = await apiClient.get<Paginated<Pipeline>>('pipelines/', { params: { page_size: MAX_PAGE_SIZE } });
  return sortPipelinesDefaultFirst(response.data.results);
}

export const pipelinesQueryOptions = () =>
  queryOptions({ queryKey: pipelineKeys.list(), queryFn: getPipelines, staleTime: 60_000 });

export function usePipelines() {
  return useQuery(pipelinesQueryOptions());
}
