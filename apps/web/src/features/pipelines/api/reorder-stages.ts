import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Pipeline, Stage } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { invalidatePipelineViews } from './invalidate-pipeline-views';
import { pipelineKeys } from './pipeline-keys';

export interface ReorderStagesVariables {
  pipelineId: number;
  /** Every stage of the pipeline exactly once, in the new order. */
  stageIds: number[];
}

export async function reorderStages({ pipelineId, stageIds }: ReorderStagesVariables): Promise<Stage[]> {
  const response = await apiClient.post<Stage[]>(`pipelines/${String(pipelineId)}/stages/reorder/`, {
    stage_ids: stageIds,
  });
  return response.data;
}

/** Shows the new order at once and puts the old one back if the server refuses. */
export function useReorderStages() {
  const queryClient = useQueryClient();
  return useMutation<Stage[], ApiError, ReorderStagesVariables, { previous: Pipeline[] | undefined }>({
    mutationFn: reorderStages,
    meta: { errorTitle: 'Could not reorder the stages' },
    onMutate: async ({ pipelineId, stageIds }) => {
      await queryClient.cancelQueries({ queryKey: pipelineKeys.list() });
      const previous = queryClient.getQueryData<Pipeline[]>(pipelineKeys.list());
      queryClient.setQueryData<Pipeline[]>(pipelineKeys.list(), (pipelines) =>
        pipelines?.map((pipeline) =>
          pipeline.id === pipelineId
            ? {
                ...pipeline,
                stages: stageIds.flatMap((id, index) => {
                  const stage = pipeline.stages.find((candidate) => candidate.id === id);
                  return stage ? [{ ...stage, order: index + 1 }] : [];
                }),
              }
            : pipeline,
        ),
      );
      return { previous };
    },
    onError: (_error, _variables, context) => {
      if (context?.previous) queryClient.setQueryData(pipelineKeys.list(), context.previous);
    },
    onSettled: () => invalidatePipelineViews(queryClient),
  });
}
