import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Stage, UpdateStageBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';

export interface UpdateStageVariables {
  pipelineId: number;
  stageId: number;
  body: UpdateStageBody;
}

/** Won and lost stages take a new name only; their probability is fixed (100 and 0). */
export async function updateStage({ pipelineId, stageId, body }: UpdateStageVariables): Promise<Stage> {
  const response = await apiClient.patch<Stage>(`pipelines/${String(pipelineId)}/stages/${String(stageId)}/`, body);
  return response.data;
}

export function useUpdateStage() {
  const queryClient = useQueryClient();
  return useMutation<Stage, ApiError, UpdateStageVariables>({
    mutationFn: updateStage,
    meta: { skipErrorToast: true },
    onSuccess: () => invalidatePipelineViews(queryClient),
  });
}
