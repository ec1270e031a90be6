/**
 * Deals are cached under this root, and their boards (one column per stage) under its "board" key.
 * The deals feature builds its keys on these, so a pipeline change can refresh what it reshapes
 * without this feature importing deals (deals depends on pipelines, never the other way round).
 */
export const DEALS_ROOT_KEY = ['deals'] as const;
export const DEAL_BOARDS_KEY = [...DEALS_ROOT_KEY, 'board'] as const;

export const pipelineKeys = {
  all: ['pipelines'] as const,
  list: () => [...pipelineKeys.all, 'list'] as const,
  stageDealCount: (stageId: number) => [...pipelineKeys.all, 'stage-deal-count', stageId] as const,
};
