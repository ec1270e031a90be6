import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';

export async function deletePipeline(id: number): Promise<void> {
  await apiClient.delete(`pipelines/${String(id)}/`);
}

/** The default pipeline and a pipeline holding deals answer 409 with the reason. */
export function useDeletePipeline() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deletePipeline,
    meta: { skipErrorToast: true },
    onSuccess: () => invalidatePipelineViews(queryClient),
  });
}
