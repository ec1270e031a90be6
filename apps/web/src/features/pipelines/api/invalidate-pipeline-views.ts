import type { QueryClient } from '@tanstack/react-query';
import { DEAL_BOARDS_KEY, pipelineKeys } from './pipeline-keys';

/** Pipelines and their stages show on the settings page and as the deal boards' columns. */
export async function invalidatePipelineViews(queryClient: QueryClient): Promise<void> {
  await Promise.all([
    queryClient.invalidateQueries({ queryKey: pipelineKeys.all }),
    queryClient.invalidateQueries({ queryKey: DEAL_BOARDS_KEY }),
  ]);
}
