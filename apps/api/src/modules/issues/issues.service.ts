import {
  ISSUE_ORDERING,
  ISSUE_STATUS_MOVES,
  anyIssueSchema,
  can,
  clientIssueSchema,
  isStaffRole,
  type ClientIssue,
  type Issue,
  type IssuePriority,
  type IssueStatus,
  type createIssueBodySchema,
  type issueListQuerySchema,
  type updateIssueBodySchema,
} from '@crm/contracts';
import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { IssuesTable } from '../../db/database.js';
import { toBool } from '../../db/dialect.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import { diff, recordAudit, type Changes } from '../../core/audit.js';
import { nextCode } from '../../core/codes.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, fieldError, forbidden, notFound } from '../../core/errors.js';
import { parseOrdering } from '../../core/ordering.js';
import { assertMayChange, assertMayReassign, assigneeOnCreate, resolveAssigneeFilter } from '../../core/ownership.js';
import type { PageRequest } from '../../core/pagination.js';
import { definedOnly } from '../../core/patch.js';
import { createdRange } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { unrestricted, viewerOf, type Viewer } from '../../core/visibility.js';
import { customerVisible, findClientCustomer } from '../customers/customers.service.js';
import { assertEmployeeInOrganization } from '../employees/employees.service.js';
import { orderOfCustomer } from '../orders/orders.service.js';
import { findOrganization } from '../organizations/organizations.service.js';
import { issuesRepository, type IssueFilters, type IssueRecord } from './issues.repository.js';

type CreateInput = z.output<typeof createIssueBodySchema>;
/** Fields a PUT or PATCH sends; omitted ones stay as they are. */
type UpdateInput = Partial<z.output<typeof updateIssueBodySchema>>;
type ListQuery = z.output<typeof issueListQuerySchema>;
/** Staff get the whole issue; a Client the shape without staff-only fields (PRODUCT §3). */
export type AnyIssue = Issue | ClientIssue;

export const issuesRepo = (deps: AppDeps, db: Executor = deps.db.kysely) => issuesRepository(db, deps.db.dialect);

/** What the caller may do with an issue: from the role matrix, never from the issue's state. */
function issuePermissions(actor: TenantActor): Issue['permissions'] {
  const { role } = actor.tenant;
  const update = can(role, 'issues', 'update');
  // A Client reads only their own customer's issues, and may comment on every one of them.
  return { update, delete: can(role, 'issues', 'delete'), assign: update, comment: can(role, 'issues', 'comment') };
}

/** The whole record, as staff and the audit log see it. */
function staffIssue(row: IssueRecord, actor: TenantActor): Issue {
  const { organization_id: _org, search_text: _search, raised_by_client, ...rest } = row;
  return {
    ...rest,
    raised_by_client: toBool(raised_by_client),
    response_overdue: row.first_responded_at === null && row.first_response_due_at < nowIso(),
    permissions: issuePermissions(actor),
  };
}

/** The issue as the contract shows it to `actor`: a Client's answer is stripped by their schema. */
export function toIssue(row: IssueRecord, actor: TenantActor): AnyIssue {
  const issue = staffIssue(row, actor);
  return isStaffRole(actor.tenant.role) ? issue : clientIssueSchema.parse(issue);
}

export const auditIssue = (trx: Executor, actor: TenantActor, action: string, id: number, changes: Changes) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType: 'issue',
    resourceId: id,
    changes,
    ip: actor.ip,
  });

/** Audits the change from `before` and answers the issue as it now is. */
export async function answerChange(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  action: string,
  before: IssueRecord,
): Promise<AnyIssue> {
  // Read back unrestricted: a reassignment may take the issue out of the caller's view.
  const after = await findIssueOrThrow(deps, trx, unrestricted(actor.tenant.organizationId), before.id);
  await auditIssue(trx, actor, action, before.id, diff(staffIssue(before, actor), staffIssue(after, actor)));
  return toIssue(after, actor);
}

export async function findIssueOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<IssueRecord> {
  const row = await issuesRepo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

/** The issue `id` as the caller may see it, or 404. */
export const findVisibleIssue = (deps: AppDeps, db: Executor, actor: TenantActor, id: number) =>
  findIssueOrThrow(deps, db, viewerOf(actor, 'issues'), id);

/** `created_at` plus the organization's current target for `priority`, in hours (PRODUCT §4). */
async function responseDueAt(db: Executor, organizationId: number, createdAt: string, priority: IssuePriority) {
  const organization = await findOrganization(db, organizationId);
  if (!organization) throw notFound();
  const hours = organization.response_targets[priority];
  return new Date(Date.parse(createdAt) + hours * 3_600_000).toISOString();
}

const searchTextOf = (issue: { code: string; title: string; description?: string | null }) =>
  toSearchText(issue.code, issue.title, issue.description);

const invalidPk = (field: string, id: number) => fieldError(field, `Invalid pk "${id}" - object does not exist.`);

/** An order id from a body must name an order of the issue's customer that the caller can see. */
async function assertOrderOfCustomer(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  orderId: number,
  customerId: number,
) {
  if (!(await orderOfCustomer(deps, trx, actor, orderId, customerId))) throw invalidPk('order_id', orderId);
}

export async function listIssues(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, ISSUE_ORDERING, { field: 'created_at', direction: 'desc' });
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  const staff = isStaffRole(actor.tenant.role);
  const filters: IssueFilters = {
    search: query.search?.trim() || undefined,
    status: query.status,
    priority: query.priority,
    category: query.category,
    customerId: query.customer,
    orderId: query.order,
    // Assignment and response times are staff-only: a Client cannot probe them through filters.
    assignedTo: staff ? resolveAssigneeFilter(actor, query.assigned_to) : undefined,
    overdueAt: staff && query.response_overdue === 'true' ? nowIso() : undefined,
    createdFrom: range.from,
    createdUntil: range.until,
  };
  const issues = issuesRepo(deps);
  const viewer = viewerOf(actor, 'issues');
  const [rows, count] = await Promise.all([
    issues.list(viewer, filters, ordering, page.limit, page.offset),
    issues.count(viewer, filters),
  ]);
  return { results: rows.map((row) => toIssue(row, actor)), count };
}

export async function getIssue(deps: AppDeps, actor: TenantActor, id: number): Promise<AnyIssue> {
  return toIssue(await findVisibleIssue(deps, deps.db.kysely, actor, id), actor);
}

/** Who raises the issue for whom: staff name a visible customer; a Client's is their own (PRODUCT §3). */
async function raisedFor(deps: AppDeps, trx: Executor, actor: TenantActor, input: CreateInput) {
  if (!isStaffRole(actor.tenant.role)) {
    const customer = await findClientCustomer(deps, trx, actor);
    if (!customer) throw forbidden('Your portal login is not linked to a customer.');
    if (input.priority === 'urgent')
      throw fieldError('priority', 'Urgent is set by staff: choose low, medium or high.');
    return { customerId: customer.id, assignedTo: null, raisedByClient: true };
  }
  if (input.customer_id == null) throw fieldError('customer_id', 'This field is required.');
  if (!(await customerVisible(deps, trx, actor, input.customer_id))) throw invalidPk('customer_id', input.customer_id);
  const assignedTo = assigneeOnCreate(actor, 'issues', input.assigned_to);
  await assertEmployeeInOrganization(trx, actor.tenant.organizationId, assignedTo);
  return { customerId: input.customer_id, assignedTo, raisedByClient: false };
}

export function createIssue(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<AnyIssue> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, anyIssueSchema, async (trx) => {
    const { customerId, assignedTo, raisedByClient } = await raisedFor(deps, trx, actor, input);
    if (input.order_id != null) await assertOrderOfCustomer(deps, trx, actor, input.order_id, customerId);
    const code = await nextCode(trx, organizationId, 'ISS');
    const now = nowIso();
    const priority = input.priority ?? 'medium';
    const id = await issuesRepo(deps, trx).create(organizationId, {
      code,
      customer_id: customerId,
      order_id: input.order_id ?? null,
      title: input.title,
      description: input.description,
      priority,
      category: input.category ?? 'general',
      status: 'open',
      assigned_to: assignedTo,
      raised_by_client: raisedByClient,
      first_response_due_at: await responseDueAt(trx, organizationId, now, priority),
      search_text: searchTextOf({ code, title: input.title, description: input.description }),
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    // The row this write has just made: read back whoever may see it afterwards.
    const created = await findIssueOrThrow(deps, trx, unrestricted(organizationId), id);
    await auditIssue(trx, actor, 'create', id, diff(null, staffIssue(created, actor)));
    return toIssue(created, actor);
  });
}

/** Staff move open ↔ in_progress and resolved → closed; resolve and reopen are actions (PRODUCT §5). */
function assertStatusMove(from: IssueStatus, to: IssueStatus): void {
  if (ISSUE_STATUS_MOVES[from].includes(to)) return;
  const hint = to === 'resolved' ? ' Use resolve.' : from === 'resolved' || from === 'closed' ? ' Use reopen.' : '';
  throw conflict(`An issue cannot move from ${from} to ${to}.${hint}`, {
    status: [`An issue cannot move from ${from} to ${to}.${hint}`],
  });
}

/** PUT and PATCH: omitted fields stay; a new priority recomputes the first-response due time. */
export function updateIssue(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<AnyIssue> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, anyIssueSchema, async (trx) => {
    const before = await findVisibleIssue(deps, trx, actor, id);
    assertMayChange(actor, before, input.assigned_to);
    assertMayReassign(actor, 'issues', before.assigned_to, input.assigned_to);
    const { status, ...fields } = definedOnly(input);
    if (fields.assigned_to !== undefined) await assertEmployeeInOrganization(trx, organizationId, fields.assigned_to);
    if (fields.order_id != null) await assertOrderOfCustomer(deps, trx, actor, fields.order_id, before.customer_id);
    const values: Updateable<IssuesTable> = {
      ...fields,
      search_text: searchTextOf({ ...before, ...fields }),
      updated_at: nowIso(),
    };
    if (fields.priority !== undefined && fields.priority !== before.priority)
      values.first_response_due_at = await responseDueAt(trx, organizationId, before.created_at, fields.priority);
    const issues = issuesRepo(deps, trx);
    if (status === undefined || status === before.status) {
      await issues.update(organizationId, id, values);
    } else {
      assertStatusMove(before.status, status);
      // Guarded by the status read above: a concurrent move makes this one a conflict.
      if (!(await issues.updateFromStatus(organizationId, id, [before.status], { ...values, status })))
        throw conflict('This issue changed status meanwhile. Reload it and try again.');
    }
    return answerChange(deps, trx, actor, 'update', before);
  });
}

/** Owner, Admin and Manager (the matrix); the issue's comments go with it. */
export async function deleteIssue(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findVisibleIssue(deps, trx, actor, id);
    assertMayChange(actor, before);
    await issuesRepo(deps, trx).delete(actor.tenant.organizationId, id);
    await auditIssue(trx, actor, 'delete', id, diff(staffIssue(before, actor), null));
  });
}
