import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Pipeline, UpdatePipelineBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';

export interface UpdatePipelineVariables {
  id: number;
  body: UpdatePipelineBody;
}

export async function updatePipeline({ id, body }: UpdatePipelineVariables): Promise<Pipeline> {
  const response = await apiClient.patch<Pipeline>(`pipelines/${String(id)}/`, body);
  return response.data;
}

/** Rename a pipeline or make it the default (the old default stops being one on the server). */
export function useUpdatePipeline() {
  const queryClient = useQueryClient();
  return useMutation<Pipeline, ApiError, UpdatePipelineVariables>({
    mutationFn: updatePipeline,
    meta: { skipErrorToast: true },
    onSuccess: () => invalidatePipelineViews(queryClient),
  });
}
