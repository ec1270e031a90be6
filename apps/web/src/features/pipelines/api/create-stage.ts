import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateStageBody, Stage } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';

export interface CreateStageVariables {
  pipelineId: number;
  body: CreateStageBody;
}

/** New stages are open stages, placed after the last open stage (before won and lost). */
export async function createStage({ pipelineId, body }: CreateStageVariables): Promise<Stage> {
  const response = await apiClient.post<Stage>(`pipelines/${String(pipelineId)}/stages/`, body);
  return response.data;
}

export function useCreateStage() {
  const queryClient = useQueryClient();
  return useMutation<Stage, ApiError, CreateStageVariables>({
    mutationFn: createStage,
    meta: { skipErrorToast: true },
    onSuccess: () => invalidatePipelineViews(queryClient),
  });
}
