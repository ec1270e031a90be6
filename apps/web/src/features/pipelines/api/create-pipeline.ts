import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePipelineBody, Pipeline } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';

export async function createPipeline(body: CreatePipelineBody): Promise<Pipeline> {
  const response = await apiClient.post<Pipeline>('pipelines/', body);
  return response.data;
}

export function useCreatePipeline() {
  const queryClient = useQueryClient();
  return useMutation<Pipeline, ApiError, CreatePipelineBody>({
    mutationFn: createPipeline,
    meta: { skipErrorToast: true },
    onSuccess: () => invalidatePipelineViews(queryClient),
  });
}
