import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { Board, Deal } from '@crm/contracts';
import { notifyError } from '@/components/ui';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { moveDealInBoard } from '../lib/board-cache';
import { dealKeys } from './deal-keys';
import { syncDealCaches } from './sync-deal-caches';

export interface MoveDealStageVariables {
  dealId: number;
  stageId: number;
  /** For the error toast: names the deal the server refused to move. */
  dealTitle: string;
}

interface MoveContext {
  snapshots: [QueryKey, Board | undefined][];
}

export async function moveDealStage({ dealId, stageId }: MoveDealStageVariables): Promise<Deal> {
  const response = await apiClient.post<Deal>(`deals/${String(dealId)}/move_stage/`, { stage_id: stageId });
  return response.data;
}

/**
 * Moves the card at once in every cached board, then asks the server. If the server refuses (an
 * Employee moving someone else's deal gets 403), the boards go back to what they were and a toast
 * gives the server's reason. Either way the boards are refetched for the server's counts and totals.
 */
export function useMoveDealStage() {
  const queryClient = useQueryClient();
  return useMutation<Deal, ApiError, MoveDealStageVariables, MoveContext>({
    mutationFn: moveDealStage,
    meta: { skipErrorToast: true },
    onMutate: async ({ dealId, stageId }) => {
      await queryClient.cancelQueries({ queryKey: dealKeys.boards() });
      const snapshots = queryClient.getQueriesData<Board>({ queryKey: dealKeys.boards() });
      queryClient.setQueriesData<Board>({ queryKey: dealKeys.boards() }, (board) =>
        board ? moveDealInBoard(board, dealId, stageId) : board,
      );
      return { snapshots };
    },
    onError: (error, { dealTitle }, context) => {
      context?.snapshots.forEach(([key, board]) => queryClient.setQueryData(key, board));
      notifyError(`Could not move “${dealTitle}”`, error.message);
    },
    onSettled: (deal, _error, { dealId }) => syncDealCaches(queryClient, deal ?? null, dealId),
  });
}
