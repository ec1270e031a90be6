import {
  ACTIVITY_ORDERING,
  type Activity,
  type ActivityDue,
  type activityListQuerySchema,
  type createActivityBodySchema,
  type updateActivityBodySchema,
  activitySchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import { toSearchText } from '../../db/search.js';
import { definedOnly } from '../../core/patch.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, fieldError, notFound } from '../../core/errors.js';
import { diff, recordAudit, type Changes } from '../../core/audit.js';
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
import { addDays, createdRange, localDate, startOfLocalDay } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { customerVisible } from '../customers/customers.service.js';
import { dealVisible } from '../deals/deals.service.js';
import { assertEmployeeInOrganization } from '../employees/employees.service.js';
import { leadVisible } from '../leads/leads.service.js';
import { activitiesRepository, type ActivityRecord } from './activities.repository.js';

type CreateInput = z.output<typeof createActivityBodySchema>;
type UpdateInput = z.output<typeof updateActivityBodySchema>;
type ListQuery = z.output<typeof activityListQuerySchema>;

/** The record as the contract shows it to `actor`, with what they may do with it. */
export function toActivity(row: ActivityRecord, actor: TenantActor): Activity {
  const { organization_id: _org, search_text: _search, ...rest } = row;
  return { ...rest, is_completed: row.completed_at !== null, permissions: recordPermissions(actor, 'activities', row) };
}

const searchTextOf = (a: { subject: string; body?: string | null }) => toSearchText(a.subject, a.body);

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => activitiesRepository(db, deps.db.dialect);

const audit = (trx: Executor, actor: TenantActor, action: string, id: number, changes: Changes) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType: 'activity',
    resourceId: id,
    changes,
    ip: actor.ip,
  });

const LINK_VISIBLE = { customer_id: customerVisible, lead_id: leadVisible, deal_id: dealVisible } as const;

/**
 * The linked record must be visible to the caller: an unknown id, another organization's and one
 * the caller may not see all get the same 400.
 */
async function assertLinkVisible(deps: AppDeps, db: Executor, actor: TenantActor, input: CreateInput): Promise<void> {
  for (const field of ['customer_id', 'lead_id', 'deal_id'] as const) {
    const id = input[field];
    if (id == null) continue;
    if (!(await LINK_VISIBLE[field](deps, db, actor, id))) {
      throw fieldError(field, `Invalid pk "${id}" - object does not exist.`);
    }
  }
}

/**
 * My work's buckets (PRODUCT §6): overdue is due before now; today from now to the next midnight
 * in the organization's time zone; upcoming from that midnight on.
 */
function dueWindow(due: ActivityDue, timeZone: string): { from?: string; until?: string } {
  const now = nowIso();
  const nextMidnight = startOfLocalDay(addDays(localDate(new Date(now), timeZone), 1), timeZone);
  if (due === 'overdue') return { until: now };
  if (due === 'today') return { from: now, until: nextMidnight };
  return { from: nextMidnight };
}

export async function listActivities(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, ACTIVITY_ORDERING, { field: 'created_at', direction: 'desc' });
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  const filters = {
    search: query.search?.trim() || undefined,
    type: query.type,
    customerId: query.customer,
    leadId: query.lead,
    dealId: query.deal,
    assignedTo: resolveAssigneeFilter(actor, query.assigned_to),
    isCompleted: query.completed === undefined ? undefined : query.completed === 'true',
    createdFrom: range.from,
    createdUntil: range.until,
    due: query.due === undefined ? undefined : dueWindow(query.due, actor.tenant.timeZone),
  };
  const activities = repo(deps);
  const viewer = viewerOf(actor, 'activities');
  const [rows, count] = await Promise.all([
    activities.list(viewer, filters, ordering, page.limit, page.offset),
    activities.count(viewer, filters),
  ]);
  return { results: rows.map((row) => toActivity(row, actor)), count };
}

async function findOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<ActivityRecord> {
  const row = await repo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

export async function getActivity(deps: AppDeps, actor: TenantActor, id: number): Promise<Activity> {
  return toActivity(await findOrThrow(deps, deps.db.kysely, viewerOf(actor, 'activities'), id), actor);
}

export function createActivity(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Activity> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, activitySchema, async (trx) => {
    const assignedTo = assigneeOnCreate(actor, 'activities', input.assigned_to);
    await assertEmployeeInOrganization(trx, organizationId, assignedTo);
    await assertLinkVisible(deps, trx, actor, input);
    const now = nowIso();
    const id = await repo(deps, trx).create(organizationId, {
      type: input.type,
      subject: input.subject,
      body: input.body ?? null,
      customer_id: input.customer_id ?? null,
      lead_id: input.lead_id ?? null,
      deal_id: input.deal_id ?? null,
      due_at: input.due_at ?? null,
      completed_at: null,
      assigned_to: assignedTo,
      search_text: searchTextOf(input),
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    const activity = toActivity(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await audit(trx, actor, 'create', id, diff(null, activity));
    return activity;
  });
}

/** The link to a customer, lead or deal is fixed at creation: the update schema does not carry it. */
export function updateActivity(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Activity> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, activitySchema, async (trx) => {
    const before = await findOrThrow(deps, trx, viewerOf(actor, 'activities'), id);
    assertMayChange(actor, before, input.assigned_to);
    assertMayReassign(actor, 'activities', before.assigned_to, input.assigned_to);
    if (input.assigned_to !== undefined) await assertEmployeeInOrganization(trx, organizationId, input.assigned_to);
    const fields = definedOnly(input);
    await repo(deps, trx).update(organizationId, id, {
      ...fields,
      search_text: searchTextOf({ ...before, ...fields }),
      updated_at: nowIso(),
    });
    const after = toActivity(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await audit(trx, actor, 'update', id, diff(toActivity(before, actor), after));
    return after;
  });
}

export function completeActivity(deps: AppDeps, actor: TenantActor, id: number): Promise<Activity> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, activitySchema, async (trx) => {
    const before = await findOrThrow(deps, trx, viewerOf(actor, 'activities'), id);
    assertMayChange(actor, before);
    // The guarded update, not the read above, decides: two concurrent completes get one 409.
    if (before.completed_at !== null || !(await repo(deps, trx).complete(organizationId, id, nowIso()))) {
      throw conflict('This activity is already completed.');
    }
    const after = toActivity(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await audit(trx, actor, 'complete', id, diff(toActivity(before, actor), after));
    return after;
  });
}

export async function deleteActivity(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findOrThrow(deps, trx, viewerOf(actor, 'activities'), id);
    await repo(deps, trx).delete(organizationId, id);
    await audit(trx, actor, 'delete', id, diff(toActivity(before, actor), null));
  });
}

/** For the timeline: one page's activities the caller can see, in one query, in no particular order. */
export async function activitiesByIds(deps: AppDeps, actor: TenantActor, ids: readonly number[]): Promise<Activity[]> {
  const rows = await repo(deps).findByIds(viewerOf(actor, 'activities'), ids);
  return rows.map((row) => toActivity(row, actor));
}

/** The caller's overdue and today's open tasks (my work's two first buckets), for the dashboard. */
export async function myTaskCounts(deps: AppDeps, actor: TenantActor): Promise<{ overdue: number; today: number }> {
  const viewer = viewerOf(actor, 'activities');
  const mine = resolveAssigneeFilter(actor, 'me');
  const [overdue, today] = await Promise.all(
    (['overdue', 'today'] as const).map((due) =>
      repo(deps).count(viewer, { assignedTo: mine, due: dueWindow(due, actor.tenant.timeZone) }),
    ),
  );
  return { overdue: overdue ?? 0, today: today ?? 0 };
}

/** The latest activities the caller can see, newest first. */
export async function recentActivities(deps: AppDeps, actor: TenantActor, limit: number): Promise<Activity[]> {
  const rows = await repo(deps).list(
    viewerOf(actor, 'activities'),
    {},
    { field: 'created_at', direction: 'desc' },
    limit,
    0,
  );
  return rows.map((row) => toActivity(row, actor));
}
