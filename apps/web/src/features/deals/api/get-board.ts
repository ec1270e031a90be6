import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Board } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { dealKeys, type BoardFilters } from './deal-keys';

export async function getBoard(pipelineId: number, filters: BoardFilters): Promise<Board> {
  const params = {
    ...(filters.search ? { search: filters.search } : {}),
    ...(filters.assigned_to ? { assigned_to: filters.assigned_to } : {}),
  };
  const response = await apiClient.get<Board>(`pipelines/${String(pipelineId)}/board/`, {
    params: Object.keys(params).length > 0 ? params : undefined,
  });
  return response.data;
}

export const boardQueryOptions = (pipelineId: number, filters: BoardFilters) =>
  queryOptions({
    queryKey: dealKeys.board(pipelineId, filters),
    queryFn: () => getBoard(pipelineId, filters),
    placeholderData: keepPreviousData,
  });

export function useBoard(pipelineId: number | undefined, filters: BoardFilters) {
  return useQuery({ ...boardQueryOptions(pipelineId ?? 0, filters), enabled: pipelineId !== undefined });
}
