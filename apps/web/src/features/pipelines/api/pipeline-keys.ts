export const pipelineKeys = {
  all: ['pipelines'] as const,
  list: () => [...pipelineKeys.all, 'list'] as const,
  stageDealCount: (stageId: number) => [...pipelineKeys.all, 'stage-deal-count', stageId] as const,
};
