import type { Executor } from '../../db/connection.js';
import type { PipelineRow } from '../../db/database.js';
import { nowIso } from '../../core/time.js';
import { recordAudit } from '../../core/audit.js';
import { pipelinesRepository, type NewStage } from './pipelines.repository.js';

/** PRODUCT §4: the pipeline every new organization starts with. */
export const DEFAULT_PIPELINE_NAME = 'Sales Pipeline';
export const DEFAULT_STAGES: NewStage[] = [
  { name: 'Lead', probability: 10, kind: 'open' },
  { name: 'Qualified', probability: 25, kind: 'open' },
  { name: 'Proposal', probability: 50, kind: 'open' },
  { name: 'Negotiation', probability: 75, kind: 'open' },
  { name: 'Closed Won', probability: 100, kind: 'won' },
  { name: 'Closed Lost', probability: 0, kind: 'lost' },
];

/** Runs inside the transaction that creates the organization. */
export async function createDefaultPipeline(
  trx: Executor,
  organizationId: number,
  userId: number,
  ip: string | null,
): Promise<PipelineRow> {
  const now = nowIso();
  const repo = pipelinesRepository(trx);
  const pipeline = await repo.create(organizationId, DEFAULT_PIPELINE_NAME, true, userId, now);
  await repo.addStages(organizationId, pipeline.id, DEFAULT_STAGES, now);
  await recordAudit(trx, {
    organizationId,
    userId,
    action: 'create',
    resourceType: 'pipeline',
    resourceId: pipeline.id,
    ip,
  });
  return pipeline;
}
