import { DEAL_BOARDS_KEY, DEALS_ROOT_KEY } from '@/features/pipelines';

export interface BoardFilters {
  search?: string;
  /** `me` or `none` (PRODUCT §6). */
  assigned_to?: string;
}

export type DealListQuery = Record<string, string | number>;

/** Built on the roots pipelines owns, so its changes refresh boards and deals without importing this feature. */
export const dealKeys = {
  all: DEALS_ROOT_KEY,
  boards: () => DEAL_BOARDS_KEY,
  board: (pipelineId: number, filters: BoardFilters) => [...dealKeys.boards(), pipelineId, filters] as const,
  lists: () => [...dealKeys.all, 'list'] as const,
  list: (query: DealListQuery) => [...dealKeys.lists(), query] as const,
  details: () => [...dealKeys.all, 'detail'] as const,
  detail: (id: number) => [...dealKeys.details(), id] as const,
  stageHistory: (id: number) => [...dealKeys.detail(id), 'stage-history'] as const,
  ofCustomer: (customerId: number) => [...dealKeys.all, 'of-customer', customerId] as const,
};
