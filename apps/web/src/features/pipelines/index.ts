/** What other features use of pipelines: the pipelines themselves and the cache keys deals build on. */
export { usePipelines, pipelinesQueryOptions } from './api/get-pipelines';
export { DEAL_BOARDS_KEY, DEALS_ROOT_KEY } from './api/pipeline-keys';
