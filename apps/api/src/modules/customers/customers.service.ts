import {
  CUSTOMER_ORDERING,
  formatMoney,
  type BulkResult,
  type Customer,
  type customerFilterSchema,
  type customersBulkBodySchema,
  type CustomerStats,
  type createCustomerBodySchema,
  type customerListQuerySchema,
  type updateCustomerBodySchema,
  customerSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, notFound } from '../../core/errors.js';
import { runBulkAction } from '../../core/bulk.js';
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
import { createdRange, currentMonth } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { assertEmployeeInOrganization } from '../employees/employees.service.js';
import { endMembership } from '../memberships/memberships.service.js';
import { clearDefaultOrganizationOf } from '../users/users.service.js';
import { customersRepository, type CustomerFilters, type CustomerRecord } from './customers.repository.js';

type CreateInput = z.output<typeof createCustomerBodySchema>;
/** Fields a PUT or PATCH sends; omitted ones stay as they are. */
type UpdateInput = Partial<z.output<typeof updateCustomerBodySchema>>;
type ListQuery = z.output<typeof customerListQuerySchema>;
type FilterInput = z.output<typeof customerFilterSchema>;
type BulkInput = z.output<typeof customersBulkBodySchema>;

/** The record as the contract shows it to `actor`, with what they may do with it. */
export function toCustomer(row: CustomerRecord, actor: TenantActor): Customer {
  const { organization_id: _org, search_text: _search, custom_fields, tags, total_value, ...rest } = row;
  return {
    ...rest,
    total_value: formatMoney(total_value),
    custom_fields: parseJsonObject(custom_fields),
    tags: parseStringArray(tags),
    permissions: recordPermissions(actor, 'customers', row),
  };
}

const searchTextOf = (c: {
  code: string;
  name: string;
  first_name?: string | null;
  last_name?: string | null;
  email?: string | null;
  phone?: string | null;
  company_name?: string | null;
}) => toSearchText(c.code, c.name, c.first_name, c.last_name, c.email, c.company_name, c.phone);

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => customersRepository(db, deps.db.dialect);

/** The list's query parameters as the repository's filters: a list page's, or a bulk action's. */
export function customerFilters(actor: TenantActor, query: FilterInput): CustomerFilters {
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  return {
    search: query.search?.trim() || undefined,
    status: query.status,
    customerType: query.customer_type,
    assignedTo: resolveAssigneeFilter(actor, query.assigned_to),
    createdFrom: range.from,
    createdUntil: range.until,
  };
}

export async function listCustomers(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, CUSTOMER_ORDERING, { field: 'created_at', direction: 'desc' });
  const filters = customerFilters(actor, query);
  const customers = repo(deps);
  const viewer = viewerOf(actor, 'customers');
  const [rows, count] = await Promise.all([
    customers.list(viewer, filters, ordering, page.limit, page.offset),
    customers.count(viewer, filters),
  ]);
  return { results: rows.map((row) => toCustomer(row, actor)), count };
}

async function findOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<CustomerRecord> {
  const row = await repo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

export async function getCustomer(deps: AppDeps, actor: TenantActor, id: number): Promise<Customer> {
  return readCustomer(deps, deps.db.kysely, actor, id);
}

/** For other modules' answers (conversion), inside their transaction: 404 unless visible. */
export async function readCustomer(deps: AppDeps, db: Executor, actor: TenantActor, id: number): Promise<Customer> {
  return toCustomer(await findOrThrow(deps, db, viewerOf(actor, 'customers'), id), actor);
}

/**
 * Inside a caller's transaction: used by the customers API and by lead conversion, so both write
 * the same row, code and audit entry.
 */
export async function insertCustomer(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  input: CreateInput & { converted_from_lead_id?: number | null },
): Promise<Customer> {
  const organizationId = actor.tenant.organizationId;
  const assignedTo = assigneeOnCreate(actor, 'customers', input.assigned_to);
  await assertEmployeeInOrganization(trx, organizationId, assignedTo);
  const code = await nextCode(trx, organizationId, 'CUST');
  const now = nowIso();
  const { custom_fields, tags, assigned_to: _a, ...fields } = input;
  const id = await repo(deps, trx).create(organizationId, {
    ...fields,
    status: fields.status ?? 'active',
    customer_type: fields.customer_type ?? 'individual',
    code,
    assigned_to: assignedTo,
    ...extraFieldsToInsert({ custom_fields, tags }),
    search_text: searchTextOf({ ...fields, code }),
    created_by: actor.user.id,
    created_at: now,
    updated_at: now,
  });
  // The row this write has just made: read back whoever may see it afterwards.
  const customer = toCustomer(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
  await recordAudit(trx, {
    organizationId,
    userId: actor.user.id,
    action: 'create',
    resourceType: 'customer',
    resourceId: id,
    changes: diff(null, customer),
    ip: actor.ip,
  });
  return customer;
}

export function createCustomer(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Customer> {
  return sealedTransaction(deps.db.kysely, customerSchema, (trx) => insertCustomer(deps, trx, actor, input));
}

export function updateCustomer(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Customer> {
  return sealedTransaction(deps.db.kysely, customerSchema, (trx) => changeCustomer(deps, trx, actor, id, input));
}

/** One customer's update inside the caller's transaction: a request's, or a bulk action's. */
async function changeCustomer(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  id: number,
  input: UpdateInput,
): Promise<Customer> {
  const organizationId = actor.tenant.organizationId;
  const before = await findOrThrow(deps, trx, viewerOf(actor, 'customers'), id);
  assertMayChange(actor, before, input.assigned_to);
  assertMayReassign(actor, 'customers', before.assigned_to, input.assigned_to);
  if (input.assigned_to !== undefined) await assertEmployeeInOrganization(trx, organizationId, input.assigned_to);
  const { custom_fields, tags, ...fields } = definedOnly(input);
  const merged = { ...before, ...fields };
  await repo(deps, trx).update(organizationId, id, {
    ...fields,
    ...extraFieldsToUpdate({ custom_fields, tags }),
    search_text: searchTextOf(merged),
    updated_at: nowIso(),
  });
  // Read back unrestricted: a reassignment may take the row out of the caller's view.
  const after = toCustomer(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
  await recordAudit(trx, {
    organizationId,
    userId: actor.user.id,
    action: 'update',
    resourceType: 'customer',
    resourceId: id,
    changes: diff(toCustomer(before, actor), after),
    ip: actor.ip,
  });
  return after;
}

export async function deleteCustomer(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  await deps.db.kysely.transaction().execute((trx) => removeCustomer(deps, trx, actor, id));
}

/** Refused with 409 while deals depend on the customer; its activities go with it. */
async function removeCustomer(deps: AppDeps, trx: Executor, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  const customers = repo(deps, trx);
  const before = await findOrThrow(deps, trx, viewerOf(actor, 'customers'), id);
  const dependants = Object.entries(await customers.countDependants(organizationId, id)).filter(([, n]) => n > 0);
  if (dependants.length > 0) {
    const named = dependants.map(([kind, n]) => `${n} ${n === 1 ? kind.slice(0, -1) : kind}`);
    throw conflict(
      `This customer has ${named.join(', ')}. Delete them or move them to another customer first.`,
      Object.fromEntries(dependants.map(([kind, n]) => [kind, [`${n} depend on this customer.`]])),
    );
  }
  await customers.delete(organizationId, id);
  // Its portal login goes with it: the person keeps their account, not their access (PRODUCT §4).
  if (before.user_id !== null) {
    await endMembership(trx, organizationId, before.user_id);
    await clearDefaultOrganizationOf(trx, before.user_id, organizationId);
  }
  await recordAudit(trx, {
    organizationId,
    userId: actor.user.id,
    action: 'delete',
    resourceType: 'customer',
    resourceId: id,
    changes: diff(toCustomer(before, actor), null),
    ip: actor.ip,
  });
}

/**
 * `POST /api/customers/bulk/` (PRODUCT §6): each record goes through the same rules as its own
 * request, in batches; the caller learns which were done and why the others were refused.
 */
export async function bulkCustomers(deps: AppDeps, actor: TenantActor, body: BulkInput): Promise<BulkResult> {
  if (body.action === 'assign')
    await assertEmployeeInOrganization(deps.db.kysely, actor.tenant.organizationId, body.assigned_to);
  const matching = (limit: number) =>
    repo(deps).ids(viewerOf(actor, 'customers'), customerFilters(actor, body.filter ?? {}), limit);
  return runBulkAction(deps, actor, 'customers', body, matching, (trx, id) => {
    switch (body.action) {
      case 'assign':
        return changeCustomer(deps, trx, actor, id, { assigned_to: body.assigned_to });
      case 'set_status':
        return changeCustomer(deps, trx, actor, id, { status: body.status });
      case 'delete':
        return removeCustomer(deps, trx, actor, id);
    }
  });
}

export async function customerStats(deps: AppDeps, actor: TenantActor): Promise<CustomerStats> {
  const month = currentMonth(actor.tenant.timeZone);
  const rows = await repo(deps).stats(viewerOf(actor, 'customers'), month.start, month.end);
  const stats: CustomerStats = { total: 0, by_status: {}, by_type: {}, new_this_month: 0 };
  for (const row of rows) {
    const count = Number(row.count);
    stats.total += count;
    stats.new_this_month += Number(row.new_count);
    stats.by_status[row.status] = (stats.by_status[row.status] ?? 0) + count;
    stats.by_type[row.customer_type] = (stats.by_type[row.customer_type] ?? 0) + count;
  }
  return stats;
}

/** For other modules (deals, conversion): a customer id from a request body must be visible. */
export async function customerVisible(deps: AppDeps, db: Executor, actor: TenantActor, id: number): Promise<boolean> {
  return repo(deps, db).exists(viewerOf(actor, 'customers'), id);
}

export async function clearConvertedFromLead(
  deps: AppDeps,
  db: Executor,
  organizationId: number,
  leadId: number,
): Promise<void> {
  await repo(deps, db).clearConvertedFromLead(organizationId, leadId);
}

/** A Client's own customer: the one whose portal login they are; undefined for anyone else. */
export function findClientCustomer(
  deps: AppDeps,
  db: Executor,
  actor: TenantActor,
): Promise<{ id: number; name: string } | undefined> {
  return repo(deps, db).findByUser(actor.tenant.organizationId, actor.user.id);
}

/** Portal invitations: the customer (visible to the caller) a client login is for. */
export async function findCustomerForPortal(
  deps: AppDeps,
  actor: TenantActor,
  id: number,
): Promise<CustomerRecord | undefined> {
  return repo(deps).findById(viewerOf(actor, 'customers'), id);
}

/** Makes `userId` the customer's portal login; false when it already has one. Audited. */
export async function linkCustomerUser(
  deps: AppDeps,
  trx: Executor,
  entry: { organizationId: number; customerId: number; userId: number; actorUserId: number; ip: string | null },
): Promise<boolean> {
  const linked = await repo(deps, trx).linkUser(entry.organizationId, entry.customerId, entry.userId, nowIso());
  if (linked) {
    await recordAudit(trx, {
      organizationId: entry.organizationId,
      userId: entry.actorUserId,
      action: 'update',
      resourceType: 'customer',
      resourceId: entry.customerId,
      changes: { user_id: { old: null, new: entry.userId } },
      ip: entry.ip,
    });
  }
  return linked;
}

/** A client who leaves or is removed stops being the customer's portal login. Audited. */
export async function unlinkCustomerUser(
  deps: AppDeps,
  trx: Executor,
  entry: { organizationId: number; customerId: number; userId: number; actorUserId: number; ip: string | null },
): Promise<void> {
  await repo(deps, trx).unlinkUser(entry.organizationId, entry.userId, nowIso());
  await recordAudit(trx, {
    organizationId: entry.organizationId,
    userId: entry.actorUserId,
    action: 'update',
    resourceType: 'customer',
    resourceId: entry.customerId,
    changes: { user_id: { old: entry.userId, new: null } },
    ip: entry.ip,
  });
}
