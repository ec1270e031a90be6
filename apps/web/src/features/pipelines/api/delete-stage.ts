import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';
import { DEALS_ROOT_KEY } from './pipeline-keys';

export interface DeleteStageVariables {
  pipelineId: number;
  stageId: number;
  /** Where the stage's deals go; required by the server when the stage holds deals. */
  moveToStageId?: number;
}

export async function deleteStage({ pipelineId, stageId, moveToStageId }: DeleteStageVariables): Promise<void> {
  await apiClient.delete(`pipelines/${String(pipelineId)}/stages/${String(stageId)}/`, {
    params: moveToStageId === undefined ? undefined : { move_to: moveToStageId },
  });
}

export function useDeleteStage() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, DeleteStageVariables>({
    mutationFn: deleteStage,
    meta: { skipErrorToast: true },
    onSuccess: async () => {
      // Moved deals change stage: deal lists and details are stale too, not only the boards.
      await Promise.all([
        invalidatePipelineViews(queryClient),
        queryClient.invalidateQueries({ queryKey: DEALS_ROOT_KEY }),
      ]);
    },
  });
}
