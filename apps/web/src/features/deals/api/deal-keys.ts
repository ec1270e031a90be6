import type { DealListParams } from '../lib/deal-table-params';

export interface BoardFilters {
  search?: string;
}

export const dealKeys = {
  all: ['deals'] as const,
  boards: () => [...dealKeys.all, 'board'] as const,
  board: (pipelineId: number, filters: BoardFilters) => [...dealKeys.boards(), pipelineId, filters] as const,
  lists: () => [...dealKeys.all, 'list'] as const,
  list: (params: DealListParams & { pipeline?: number }) => [...dealKeys.lists(), params] as const,
  details: () => [...dealKeys.all, 'detail'] as const,
  detail: (id: number) => [...dealKeys.details(), id] as const,
  stageHistory: (id: number) => [...dealKeys.detail(id), 'stage-history'] as const,
  customerOptions: (search: string) => [...dealKeys.all, 'customer-options', search] as const,
};
