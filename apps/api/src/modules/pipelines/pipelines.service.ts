import {
  type Pipeline,
  type Stage,
  type createPipelineBodySchema,
  type createStageBodySchema,
  type updatePipelineBodySchema,
  type updateStageBodySchema,
  pipelineSchema,
  stageSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { PipelineRow, PipelineStageRow } from '../../db/database.js';
import { toBool } from '../../db/dialect.js';
import { definedOnly } from '../../core/patch.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, fieldError, notFound } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import type { PageRequest } from '../../core/pagination.js';
import { nowIso } from '../../core/time.js';
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
/** Every pipeline ends with exactly one won (100) and one lost (0) stage, added by the server. */
const CLOSING_STAGES = DEFAULT_STAGES.filter((s) => s.kind !== 'open');

type CreatePipelineInput = z.output<typeof createPipelineBodySchema>;
type UpdatePipelineInput = z.output<typeof updatePipelineBodySchema>;
type CreateStageInput = z.output<typeof createStageBodySchema>;
type UpdateStageInput = z.output<typeof updateStageBodySchema>;

export function toStage(row: PipelineStageRow): Stage {
  return {
    id: row.id,
    pipeline_id: row.pipeline_id,
    name: row.name,
    order: row.sort_order,
    probability: row.probability,
    kind: row.kind,
    created_at: row.created_at,
    updated_at: row.updated_at,
  };
}

function toPipeline(row: PipelineRow, stages: PipelineStageRow[]): Pipeline {
  return {
    id: row.id,
    name: row.name,
    is_default: toBool(row.is_default),
    stages: stages.filter((s) => s.pipeline_id === row.id).map(toStage),
    created_at: row.created_at,
    updated_at: row.updated_at,
    created_by: row.created_by,
  };
}

const audit = (
  trx: Executor,
  actor: TenantActor,
  action: string,
  resourceType: string,
  id: number,
  changes: ReturnType<typeof diff> | null,
) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType,
    resourceId: id,
    changes,
    ip: actor.ip,
  });

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

async function loadPipeline(db: Executor, organizationId: number, id: number): Promise<Pipeline> {
  const repo = pipelinesRepository(db);
  const row = await repo.findById(organizationId, id);
  if (!row) throw notFound();
  return toPipeline(row, await repo.listStages(organizationId, [id]));
}

export async function listPipelines(deps: AppDeps, actor: TenantActor, page: PageRequest) {
  const repo = pipelinesRepository(deps.db.kysely);
  const organizationId = actor.tenant.organizationId;
  const [rows, count] = await Promise.all([
    repo.list(organizationId, page.limit, page.offset),
    repo.count(organizationId),
  ]);
  const stages = await repo.listStages(
    organizationId,
    rows.map((r) => r.id),
  );
  return { results: rows.map((r) => toPipeline(r, stages)), count };
}

export const getPipeline = (deps: AppDeps, actor: TenantActor, id: number) =>
  loadPipeline(deps.db.kysely, actor.tenant.organizationId, id);

export async function createPipeline(deps: AppDeps, actor: TenantActor, input: CreatePipelineInput): Promise<Pipeline> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, pipelineSchema, async (trx) => {
    const repo = pipelinesRepository(trx);
    const now = nowIso();
    const row = await repo.create(organizationId, input.name, false, actor.user.id, now);
    const open = (input.stages ?? DEFAULT_STAGES.filter((s) => s.kind === 'open')).map((s) => ({
      ...s,
      kind: 'open' as const,
    }));
    await repo.addStages(organizationId, row.id, [...open, ...CLOSING_STAGES], now);
    if (input.is_default) await repo.makeDefault(organizationId, row.id, now);
    const pipeline = await loadPipeline(trx, organizationId, row.id);
    await audit(
      trx,
      actor,
      'create',
      'pipeline',
      row.id,
      diff(null, { name: pipeline.name, is_default: pipeline.is_default }),
    );
    return pipeline;
  });
}

export async function updatePipeline(
  deps: AppDeps,
  actor: TenantActor,
  id: number,
  input: UpdatePipelineInput,
): Promise<Pipeline> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, pipelineSchema, async (trx) => {
    const repo = pipelinesRepository(trx);
    const before = await loadPipeline(trx, organizationId, id);
    const now = nowIso();
    if (input.name !== undefined) await repo.update(organizationId, id, { name: input.name, updated_at: now });
    if (input.is_default) await repo.makeDefault(organizationId, id, now);
    const after = await loadPipeline(trx, organizationId, id);
    await audit(
      trx,
      actor,
      'update',
      'pipeline',
      id,
      diff({ name: before.name, is_default: before.is_default }, { name: after.name, is_default: after.is_default }),
    );
    return after;
  });
}

/** The default pipeline and a pipeline holding deals cannot go (409). */
export async function deletePipeline(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const repo = pipelinesRepository(trx);
    const pipeline = await loadPipeline(trx, organizationId, id);
    if (pipeline.is_default)
      throw conflict('The default pipeline cannot be deleted. Make another pipeline the default first.');
    const deals = await repo.countDeals(organizationId, { pipelineId: id });
    if (deals > 0)
      throw conflict(`This pipeline has ${deals} deal${deals === 1 ? '' : 's'}. Move or delete them first.`);
    await repo.delete(organizationId, id);
    await audit(trx, actor, 'delete', 'pipeline', id, diff({ name: pipeline.name }, null));
  });
}

/** Renumbers stages 1…n in the given order. */
async function writeOrder(
  repo: ReturnType<typeof pipelinesRepository>,
  organizationId: number,
  stages: PipelineStageRow[],
  now: string,
) {
  for (const [index, stage] of stages.entries()) {
    if (stage.sort_order !== index + 1)
      await repo.updateStage(organizationId, stage.id, { sort_order: index + 1, updated_at: now });
  }
}

export async function createStage(
  deps: AppDeps,
  actor: TenantActor,
  pipelineId: number,
  input: CreateStageInput,
): Promise<Stage> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, stageSchema, async (trx) => {
    const repo = pipelinesRepository(trx);
    await loadPipeline(trx, organizationId, pipelineId);
    const stages = await repo.listStages(organizationId, [pipelineId]);
    const now = nowIso();
    const [created] = await repo.addStages(
      organizationId,
      pipelineId,
      [{ name: input.name, probability: input.probability, kind: 'open' }],
      now,
      stages.length + 1,
    );
    if (!created) throw new Error('stage insert returned nothing');
    // New open stages go after the last open stage unless an explicit position is asked for.
    const lastOpen = stages.reduce((at, s, index) => (s.kind === 'open' ? index + 1 : at), 0);
    const position = Math.min(Math.max((input.order ?? lastOpen + 1) - 1, 0), stages.length);
    await writeOrder(repo, organizationId, [...stages.slice(0, position), created, ...stages.slice(position)], now);
    await audit(
      trx,
      actor,
      'create',
      'pipeline_stage',
      created.id,
      diff(null, { name: created.name, probability: created.probability }),
    );
    const stage = await repo.findStage(organizationId, pipelineId, created.id);
    return toStage(stage ?? created);
  });
}

async function findStageOrThrow(
  db: Executor,
  organizationId: number,
  pipelineId: number,
  stageId: number,
): Promise<PipelineStageRow> {
  const stage = await pipelinesRepository(db).findStage(organizationId, pipelineId, stageId);
  if (!stage) throw notFound();
  return stage;
}

export async function listStages(deps: AppDeps, actor: TenantActor, pipelineId: number): Promise<Stage[]> {
  return (await loadPipeline(deps.db.kysely, actor.tenant.organizationId, pipelineId)).stages;
}

export async function getStage(deps: AppDeps, actor: TenantActor, pipelineId: number, stageId: number): Promise<Stage> {
  return toStage(await findStageOrThrow(deps.db.kysely, actor.tenant.organizationId, pipelineId, stageId));
}

/** Won and lost stages keep their probabilities (100 and 0); their names may change. */
export async function updateStage(
  deps: AppDeps,
  actor: TenantActor,
  pipelineId: number,
  stageId: number,
  input: UpdateStageInput,
): Promise<Stage> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, stageSchema, async (trx) => {
    const before = await findStageOrThrow(trx, organizationId, pipelineId, stageId);
    if (input.probability !== undefined && before.kind !== 'open' && input.probability !== before.probability) {
      throw fieldError('probability', `A ${before.kind} stage's probability is fixed at ${before.probability}.`);
    }
    const changes = definedOnly(input);
    await pipelinesRepository(trx).updateStage(organizationId, stageId, { ...changes, updated_at: nowIso() });
    const after = await findStageOrThrow(trx, organizationId, pipelineId, stageId);
    await audit(
      trx,
      actor,
      'update',
      'pipeline_stage',
      stageId,
      diff(
        { name: before.name, probability: before.probability },
        { name: after.name, probability: after.probability },
      ),
    );
    return toStage(after);
  });
}

/** A stage holding deals needs `?move_to=` (another open stage of the pipeline), else 409. */
export async function deleteStage(
  deps: AppDeps,
  actor: TenantActor,
  pipelineId: number,
  stageId: number,
  moveTo: number | undefined,
): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const repo = pipelinesRepository(trx);
    const stage = await findStageOrThrow(trx, organizationId, pipelineId, stageId);
    if (stage.kind !== 'open') throw conflict(`The ${stage.kind} stage cannot be deleted: every pipeline keeps one.`);
    const stages = await repo.listStages(organizationId, [pipelineId]);
    if (stages.filter((s) => s.kind === 'open').length === 1)
      throw conflict('A pipeline needs at least one open stage.');
    const deals = await repo.countDeals(organizationId, { stageId });
    if (deals > 0) {
      if (moveTo === undefined) {
        throw conflict(
          `This stage holds ${deals} deal${deals === 1 ? '' : 's'}. Choose a stage to move ${deals === 1 ? 'it' : 'them'} to (?move_to=).`,
        );
      }
      const target = stages.find((s) => s.id === moveTo);
      if (!target || target.id === stageId || target.kind !== 'open') {
        throw fieldError('move_to', 'Choose another open stage of the same pipeline.');
      }
      await repo.moveDeals(organizationId, stage, target, actor.user.id, nowIso());
    }
    await repo.deleteStage(organizationId, stageId);
    await writeOrder(
      repo,
      organizationId,
      stages.filter((s) => s.id !== stageId),
      nowIso(),
    );
    await audit(trx, actor, 'delete', 'pipeline_stage', stageId, diff({ name: stage.name, deals_moved: deals }, null));
  });
}

/** `stage_ids` must list every stage of the pipeline exactly once. */
export async function reorderStages(
  deps: AppDeps,
  actor: TenantActor,
  pipelineId: number,
  stageIds: number[],
): Promise<Stage[]> {
  const organizationId = actor.tenant.organizationId;
  return deps.db.kysely.transaction().execute(async (trx) => {
    const repo = pipelinesRepository(trx);
    const pipeline = await loadPipeline(trx, organizationId, pipelineId);
    const current = await repo.listStages(organizationId, [pipelineId]);
    const known = new Set(current.map((s) => s.id));
    if (
      stageIds.length !== current.length ||
      new Set(stageIds).size !== stageIds.length ||
      stageIds.some((id) => !known.has(id))
    ) {
      throw fieldError('stage_ids', 'List every stage of this pipeline exactly once.');
    }
    const byId = new Map(current.map((s) => [s.id, s]));
    await writeOrder(
      repo,
      organizationId,
      stageIds.map((id) => byId.get(id) as PipelineStageRow),
      nowIso(),
    );
    await audit(
      trx,
      actor,
      'reorder',
      'pipeline',
      pipelineId,
      diff({ stage_ids: pipeline.stages.map((s) => s.id) }, { stage_ids: stageIds }),
    );
    return (await loadPipeline(trx, organizationId, pipelineId)).stages;
  });
}

/** For the deals module: a pipeline (the default when none is named) with its stages in order. */
export async function findPipelineWithStages(
  db: Executor,
  organizationId: number,
  pipelineId: number | null | undefined,
) {
  const repo = pipelinesRepository(db);
  const row =
    pipelineId == null ? await repo.findDefault(organizationId) : await repo.findById(organizationId, pipelineId);
  if (!row) return null;
  return { pipeline: row, stages: await repo.listStages(organizationId, [row.id]) };
}
