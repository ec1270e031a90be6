import {
  type dealFilterSchema,
  type BulkResult,
  type dealsBulkBodySchema,
  DEAL_ORDERING,
  formatMoney,
  type Deal,
  type StageHistoryEntry,
  type createDealBodySchema,
  type dealListQuerySchema,
  type updateDealBodySchema,
  dealSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { PipelineStageRow } from '../../db/database.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import { runBulkAction } from '../../core/bulk.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { AppError, conflict, fieldError, notFound } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import { nextCode } from '../../core/codes.js';
import {
  extraFieldsToInsert,
  extraFieldsToUpdate,
  parseJsonObject,
  parseStringArray,
} from '../../core/json-columns.js';
import { definedOnly } from '../../core/patch.js';
import { parseOrdering } from '../../core/ordering.js';
import {
  assertMayChange,
  assertMayReassign,
  assigneeOnCreate,
  recordPermissions,
  resolveAssigneeFilter,
} from '../../core/ownership.js';
import type { PageRequest } from '../../core/pagination.js';
import { unrestricted, viewerOf, type Viewer } from '../../core/visibility.js';
import { createdRange } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { customerVisible } from '../customers/customers.service.js';
import { assertEmployeeInOrganization } from '../employees/employees.service.js';
import { findPipelineWithStages } from '../pipelines/pipelines.service.js';
import { dealsRepository, type DealFilters, type DealRecord } from './deals.repository.js';

type CreateInput = z.output<typeof createDealBodySchema>;
/** Fields a PUT or PATCH sends; omitted ones stay as they are. */
type UpdateInput = Partial<z.output<typeof updateDealBodySchema>>;
type BulkInput = z.output<typeof dealsBulkBodySchema>;
type ListQuery = z.output<typeof dealListQuerySchema>;

/** Weighted value in minor units: value × probability / 100, half-up to the cent (BigInt: no float). */
export const weightedValueMinor = (valueMinor: number, probability: number): number =>
  Number((BigInt(valueMinor) * BigInt(probability) + 50n) / 100n);

/** The record as the contract shows it to `actor`, with what they may do with it. */
export function toDeal(row: DealRecord, actor: TenantActor): Deal {
  const {
    organization_id: _o,
    search_text: _s,
    stage_kind,
    stage_probability,
    custom_fields,
    tags,
    value,
    ...rest
  } = row;
  const effective = row.probability ?? stage_probability;
  return {
    ...rest,
    value: formatMoney(Number(value)),
    effective_probability: effective,
    weighted_value: formatMoney(weightedValueMinor(Number(value), effective)),
    is_won: stage_kind === 'won',
    is_lost: stage_kind === 'lost',
    is_closed: stage_kind !== 'open',
    custom_fields: parseJsonObject(custom_fields),
    tags: parseStringArray(tags),
    permissions: recordPermissions(actor, 'deals', row),
  };
}

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => dealsRepository(db, deps.db.dialect);
const searchTextOf = (d: { code: string; title: string; description?: string | null }) => toSearchText(d.code, d.title);

async function findOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<DealRecord> {
  const row = await repo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

const audit = (
  trx: Executor,
  actor: TenantActor,
  action: string,
  id: number,
  changes: ReturnType<typeof diff> | null,
) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType: 'deal',
    resourceId: id,
    changes,
    ip: actor.ip,
  });

export function dealFilters(actor: TenantActor, query: z.output<typeof dealFilterSchema>): DealFilters {
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  return {
    search: query.search?.trim() || undefined,
    pipelineId: query.pipeline,
    stageId: query.stage,
    customerId: query.customer,
    assignedTo: resolveAssigneeFilter(actor, query.assigned_to),
    state: query.status ?? (query.is_won === 'true' ? 'won' : undefined),
    notState: query.is_won === 'false' ? 'won' : undefined,
    createdFrom: range.from,
    createdUntil: range.until,
  };
}

export async function listDeals(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, DEAL_ORDERING, { field: 'created_at', direction: 'desc' });
  const filters = dealFilters(actor, query);
  const deals = repo(deps);
  const viewer = viewerOf(actor, 'deals');
  const [rows, count] = await Promise.all([
    deals.list(viewer, filters, ordering, page.limit, page.offset),
    deals.count(viewer, filters),
  ]);
  return { results: rows.map((row) => toDeal(row, actor)), count };
}

export async function getDeal(deps: AppDeps, actor: TenantActor, id: number): Promise<Deal> {
  return toDeal(await findOrThrow(deps, deps.db.kysely, viewerOf(actor, 'deals'), id), actor);
}

/** `POST /api/deals/bulk/` (PRODUCT §6): each record through the same rules as its own request. */
export async function bulkDeals(deps: AppDeps, actor: TenantActor, body: BulkInput): Promise<BulkResult> {
  if (body.action === 'assign')
    await assertEmployeeInOrganization(deps.db.kysely, actor.tenant.organizationId, body.assigned_to);
  const matching = (limit: number) =>
    repo(deps).ids(viewerOf(actor, 'deals'), dealFilters(actor, body.filter ?? {}), limit);
  return runBulkAction(deps, actor, 'deals', body, matching, (trx, id) => {
    switch (body.action) {
      case 'assign':
        return changeDeal(deps, trx, actor, id, { assigned_to: body.assigned_to });
      case 'move_stage':
        return applyStageChange(deps, trx, actor, id, stageById(body.stage_id), { action: 'move_stage' });
      case 'delete':
        return removeDeal(deps, trx, actor, id);
    }
  });
}

/** For other modules: a deal id from a request body must be visible to the caller. */
export async function dealVisible(deps: AppDeps, db: Executor, actor: TenantActor, id: number): Promise<boolean> {
  return repo(deps, db).exists(viewerOf(actor, 'deals'), id);
}

async function assertCustomer(deps: AppDeps, db: Executor, actor: TenantActor, customerId: number | undefined) {
  if (customerId !== undefined && !(await customerVisible(deps, db, actor, customerId))) {
    throw fieldError('customer_id', `Invalid pk "${customerId}" - object does not exist.`);
  }
}

export interface NewDealInput {
  title: string;
  customer_id: number;
  value?: number;
  pipeline_id?: number | null;
  stage_id?: number | null;
  probability?: number | null;
  expected_close_date?: string | null;
  assigned_to?: number | null;
  description?: string | null;
  custom_fields?: Record<string, unknown> | null;
  tags?: string[] | null;
}

/** Inside a caller's transaction: the deals API and lead conversion create deals the same way. */
export async function insertDeal(deps: AppDeps, trx: Executor, actor: TenantActor, input: NewDealInput): Promise<Deal> {
  const organizationId = actor.tenant.organizationId;
  await assertCustomer(deps, trx, actor, input.customer_id);
  const found = await findPipelineWithStages(trx, organizationId, input.pipeline_id);
  if (!found)
    throw fieldError(
      'pipeline_id',
      input.pipeline_id == null
        ? 'This organization has no default pipeline.'
        : `Invalid pk "${input.pipeline_id}" - object does not exist.`,
    );
  const stage =
    input.stage_id == null
      ? found.stages.find((s) => s.kind === 'open')
      : found.stages.find((s) => s.id === input.stage_id);
  if (!stage) throw fieldError('stage_id', "Choose a stage of the deal's pipeline.");
  const assignedTo = assigneeOnCreate(actor, 'deals', input.assigned_to);
  await assertEmployeeInOrganization(trx, organizationId, assignedTo);
  const code = await nextCode(trx, organizationId, 'DEAL');
  const now = nowIso();
  const id = await repo(deps, trx).create(organizationId, {
    code,
    title: input.title,
    customer_id: input.customer_id,
    value: input.value ?? 0,
    pipeline_id: found.pipeline.id,
    stage_id: stage.id,
    probability: input.probability ?? null,
    expected_close_date: input.expected_close_date ?? null,
    assigned_to: assignedTo,
    description: input.description ?? null,
    stage_entered_at: now,
    closed_at: stage.kind === 'open' ? null : now,
    ...extraFieldsToInsert(input),
    search_text: searchTextOf({ code, title: input.title }),
    created_by: actor.user.id,
    created_at: now,
    updated_at: now,
  });
  await repo(deps, trx).addHistory(organizationId, {
    deal_id: id,
    from_stage_id: null,
    from_stage_name: null,
    to_stage_id: stage.id,
    to_stage_name: stage.name,
    to_stage_kind: stage.kind,
    changed_by: actor.user.id,
    changed_at: now,
  });
  const deal = toDeal(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
  await audit(trx, actor, 'create', id, diff(null, deal));
  return deal;
}

export function createDeal(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Deal> {
  return sealedTransaction(deps.db.kysely, dealSchema, (trx) => insertDeal(deps, trx, actor, input));
}

export function updateDeal(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Deal> {
  return sealedTransaction(deps.db.kysely, dealSchema, (trx) => changeDeal(deps, trx, actor, id, input));
}

/** The same, inside the caller's transaction: a request's, or a bulk action's. */
async function changeDeal(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  id: number,
  input: UpdateInput,
): Promise<Deal> {
  const organizationId = actor.tenant.organizationId;
  const before = await findOrThrow(deps, trx, viewerOf(actor, 'deals'), id);
  assertMayChange(actor, before, input.assigned_to);
  assertMayReassign(actor, 'deals', before.assigned_to, input.assigned_to);
  if (input.assigned_to !== undefined) await assertEmployeeInOrganization(trx, organizationId, input.assigned_to);
  await assertCustomer(deps, trx, actor, input.customer_id);
  const { custom_fields, tags, ...fields } = definedOnly(input);
  await repo(deps, trx).update(organizationId, id, {
    ...fields,
    ...extraFieldsToUpdate({ custom_fields, tags }),
    search_text: searchTextOf({ code: before.code, title: fields.title ?? before.title }),
    updated_at: nowIso(),
  });
  const after = toDeal(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
  await audit(trx, actor, 'update', id, diff(toDeal(before, actor), after));
  return after;
}

export function deleteDeal(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  return deps.db.kysely.transaction().execute((trx) => removeDeal(deps, trx, actor, id));
}

/** The same, inside the caller's transaction: a request's, or a bulk action's. */
async function removeDeal(deps: AppDeps, trx: Executor, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  const before = await findOrThrow(deps, trx, viewerOf(actor, 'deals'), id);
  await repo(deps, trx).delete(organizationId, id);
  await audit(trx, actor, 'delete', id, diff(toDeal(before, actor), null));
}

type StageChange = { action: 'move_stage' | 'won' | 'lost' | 'reopen'; lostReason?: string | null };
type StagePicker = (
  deal: DealRecord,
  stages: PipelineStageRow[],
  history: { to_stage_id: number | null; to_stage_kind: string }[],
) => PipelineStageRow;

/** `stage_id` as a stage of the deal's own pipeline (another pipeline's stage is refused). */
const stageById =
  (stageId: number): StagePicker =>
  (_deal, stages) => {
    const stage = stages.find((s) => s.id === stageId);
    if (!stage) throw fieldError('stage_id', "Choose a stage of the deal's pipeline.");
    return stage;
  };

/**
 * The one way a deal changes stage (PRODUCT §5): stage and stage_entered_at set, probability back to
 * following the stage, closed_at set on won/lost and cleared on open, a history row and an audit row.
 */
function changeStage(
  deps: AppDeps,
  actor: TenantActor,
  id: number,
  pickStage: StagePicker,
  change: StageChange,
): Promise<Deal> {
  return sealedTransaction(deps.db.kysely, dealSchema, (trx) =>
    applyStageChange(deps, trx, actor, id, pickStage, change),
  );
}

/** The same, inside the caller's transaction: a request's, or a bulk action's. */
async function applyStageChange(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  id: number,
  pickStage: StagePicker,
  change: StageChange,
): Promise<Deal> {
  const organizationId = actor.tenant.organizationId;
  const deals = repo(deps, trx);
  const before = await findOrThrow(deps, trx, viewerOf(actor, 'deals'), id);
  assertMayChange(actor, before);
  const found = await findPipelineWithStages(trx, organizationId, before.pipeline_id);
  const history = await deals.listHistory(organizationId, id);
  const stage = pickStage(before, found?.stages ?? [], history);
  const now = nowIso();
  if (stage.id !== before.stage_id) {
    await deals.addHistory(organizationId, {
      deal_id: id,
      from_stage_id: before.stage_id,
      from_stage_name: before.stage_name,
      to_stage_id: stage.id,
      to_stage_name: stage.name,
      to_stage_kind: stage.kind,
      changed_by: actor.user.id,
      changed_at: now,
    });
  }
  await deals.update(organizationId, id, {
    stage_id: stage.id,
    stage_entered_at: stage.id !== before.stage_id ? now : before.stage_entered_at,
    probability: null,
    closed_at: stage.kind === 'open' ? null : stage.id !== before.stage_id ? now : before.closed_at,
    lost_reason: stage.kind === 'lost' ? (change.lostReason ?? before.lost_reason) : null,
    updated_at: now,
  });
  const after = toDeal(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
  await audit(trx, actor, change.action, id, diff(toDeal(before, actor), after));
  return after;
}

export function moveStage(deps: AppDeps, actor: TenantActor, id: number, stageId: number): Promise<Deal> {
  return changeStage(deps, actor, id, stageById(stageId), { action: 'move_stage' });
}

const closedStage = (kind: 'won' | 'lost') => (deal: DealRecord, stages: PipelineStageRow[]) => {
  if (deal.stage_kind !== 'open') throw conflict(`This deal is already ${deal.stage_kind}. Reopen it first.`);
  const stage = stages.find((s) => s.kind === kind);
  if (!stage) throw new AppError('internal_error', `Pipeline without a ${kind} stage`);
  return stage;
};

export const markWon = (deps: AppDeps, actor: TenantActor, id: number) =>
  changeStage(deps, actor, id, closedStage('won'), { action: 'won' });

export const markLost = (deps: AppDeps, actor: TenantActor, id: number, lostReason: string | null | undefined) =>
  changeStage(deps, actor, id, closedStage('lost'), { action: 'lost', lostReason: lostReason ?? null });

/** Back to the last open stage the deal was in (if it still exists), else the pipeline's first. */
export const reopen = (deps: AppDeps, actor: TenantActor, id: number) =>
  changeStage(
    deps,
    actor,
    id,
    (deal, stages, history) => {
      if (deal.stage_kind === 'open') throw conflict('This deal is open already.');
      const open = stages.filter((s) => s.kind === 'open');
      const last = history.find((h) => h.to_stage_kind === 'open' && open.some((s) => s.id === h.to_stage_id));
      const stage = open.find((s) => s.id === last?.to_stage_id) ?? open[0];
      if (!stage) throw conflict('This pipeline has no open stage to reopen into.');
      return stage;
    },
    { action: 'reopen' },
  );

export async function stageHistory(deps: AppDeps, actor: TenantActor, id: number): Promise<StageHistoryEntry[]> {
  const organizationId = actor.tenant.organizationId;
  await findOrThrow(deps, deps.db.kysely, viewerOf(actor, 'deals'), id);
  const rows = await repo(deps).listHistory(organizationId, id);
  return rows.map(({ to_stage_kind: _kind, ...row }) => row);
}
