import { useMutation, useQueryClient } from '@tanstack/react-query';
import { BOARD_PAGE_SIZE, type Board } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { appendColumnPage } from '../lib/board-cache';
import { dealKeys, type BoardFilters } from './deal-keys';

export interface ColumnPageRequest {
  pipelineId: number;
  stageId: number;
  page: number;
  filters: BoardFilters;
}

/** The next 50 deals of one column (`?stage=&page=`). */
export async function getBoardColumnPage({ pipelineId, stageId, page, filters }: ColumnPageRequest): Promise<Board> {
  const response = await apiClient.get<Board>(`pipelines/${String(pipelineId)}/board/`, {
    params: {
      stage: stageId,
      page,
      ...(filters.search ? { search: filters.search } : {}),
      ...(filters.assigned_to ? { assigned_to: filters.assigned_to } : {}),
    },
  });
  return response.data;
}

/** Which page comes next for a column showing `shown` deals. */
export function nextColumnPage(shown: number): number {
  return Math.floor(shown / BOARD_PAGE_SIZE) + 1;
}

/** "Load more" at the bottom of a column: the page is added under the deals already in the cache. */
export function useLoadMoreDeals() {
  const queryClient = useQueryClient();
  return useMutation<Board, ApiError, ColumnPageRequest>({
    mutationFn: getBoardColumnPage,
    meta: { errorTitle: 'Could not load more deals' },
    onSuccess: (page, { pipelineId, filters }) => {
      queryClient.setQueryData<Board>(dealKeys.board(pipelineId, filters), (board) =>
        board ? appendColumnPage(board, page) : board,
      );
    },
  });
}
