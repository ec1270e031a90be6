import type { Pipeline } from '@crm/contracts';

/** The default pipeline first, then the others by name; stages in their saved order. */
export function sortPipelinesDefaultFirst(pipelines: readonly Pipeline[]): Pipeline[] {
  return [...pipelines]
    .sort((a, b) => Number(b.is_default) - Number(a.is_default) || a.name.localeCompare(b.name))
    .map((pipeline) => ({ ...pipeline, stages: [...pipeline.stages].sort((a, b) => a.order - b.order) }));
}
