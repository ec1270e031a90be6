import {
  EMPLOYEE_ORDERING,
  isStaffRole,
  type Employee,
  type createEmployeeBodySchema,
  type employeeListQuerySchema,
  type updateEmployeeBodySchema,
  employeeSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { EmployeeRow, UserRow } from '../../db/database.js';
import { definedOnly } from '../../core/patch.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { diff, recordAudit } from '../../core/audit.js';
import { conflict, fieldError, notFound } from '../../core/errors.js';
import { parseOrdering } from '../../core/ordering.js';
import type { PageRequest } from '../../core/pagination.js';
import { createdRange } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { findMembership } from '../memberships/memberships.service.js';
import {
  employeeSearchText,
  employeesRepository,
  type EmployeeFilters,
  type EmployeeRecord,
} from './employees.repository.js';

type CreateInput = z.output<typeof createEmployeeBodySchema>;
type UpdateInput = z.output<typeof updateEmployeeBodySchema>;
type ListQuery = z.output<typeof employeeListQuerySchema>;
type FilterQuery = Omit<ListQuery, 'page' | 'page_size' | 'ordering'>;

export function toEmployee(row: EmployeeRecord): Employee {
  const { organization_id: _org, search_text: _search, ...rest } = row;
  return { ...rest, full_name: `${row.first_name} ${row.last_name}`.trim(), has_login: row.user_id !== null };
}

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => employeesRepository(db, deps.db.dialect);

/**
 * `assigned_to` (and any other employee reference) must name an employee of the same organization;
 * an unknown id and another organization's id get the same 400.
 */
export async function assertEmployeeInOrganization(
  db: Executor,
  organizationId: number,
  employeeId: number | null | undefined,
  field = 'assigned_to',
): Promise<void> {
  if (employeeId == null) return;
  if (!(await employeesRepository(db).exists(organizationId, employeeId))) {
    throw fieldError(field, `Invalid pk "${employeeId}" - object does not exist.`);
  }
}

/** A manager is another employee of the organization who does not, however indirectly, report to this one. */
async function assertValidManager(
  db: Executor,
  organizationId: number,
  employeeId: number | null,
  managerId: number | null | undefined,
) {
  if (managerId == null) return;
  if (managerId === employeeId) throw fieldError('manager_id', 'An employee cannot be their own manager.');
  await assertEmployeeInOrganization(db, organizationId, managerId, 'manager_id');
  if (
    employeeId !== null &&
    (await employeesRepository(db).isInManagementChain(organizationId, managerId, employeeId))
  ) {
    throw fieldError(
      'manager_id',
      'This manager reports to this employee, directly or through others: that would make a cycle.',
    );
  }
}

/** The list's query parameters as the repository's filters: a list page's, or an export's. */
export function employeeFilters(actor: TenantActor, query: FilterQuery): EmployeeFilters {
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  return {
    search: query.search?.trim() || undefined,
    status: query.status,
    department: query.department || undefined,
    managerId: query.manager,
    createdFrom: range.from,
    createdUntil: range.until,
  };
}

export async function listEmployees(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, EMPLOYEE_ORDERING, { field: 'last_name', direction: 'asc' });
  const filters = employeeFilters(actor, query);
  const employees = repo(deps);
  const [rows, count] = await Promise.all([
    employees.list(actor.tenant.organizationId, filters, ordering, page.limit, page.offset),
    employees.count(actor.tenant.organizationId, filters),
  ]);
  return { results: rows.map(toEmployee), count };
}

async function findOrThrow(deps: AppDeps, db: Executor, organizationId: number, id: number): Promise<EmployeeRecord> {
  const row = await repo(deps, db).findById(organizationId, id);
  if (!row) throw notFound();
  return row;
}

export async function getEmployee(deps: AppDeps, actor: TenantActor, id: number): Promise<Employee> {
  return toEmployee(await findOrThrow(deps, deps.db.kysely, actor.tenant.organizationId, id));
}

/** The caller's own record in the active organization; clients have none. */
export async function getMyEmployee(deps: AppDeps, actor: TenantActor): Promise<Employee> {
  const { employeeId, organizationId } = actor.tenant;
  if (employeeId === null) throw notFound('You have no employee record in this organization.');
  return toEmployee(await findOrThrow(deps, deps.db.kysely, organizationId, employeeId));
}

export async function createEmployee(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Employee> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, employeeSchema, async (trx) => {
    await assertValidManager(trx, organizationId, null, input.manager_id);
    const now = nowIso();
    const row = await repo(deps, trx).create(organizationId, {
      ...input,
      status: input.status ?? 'active',
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    const employee = toEmployee(await findOrThrow(deps, trx, organizationId, row.id));
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'create',
      resourceType: 'employee',
      resourceId: row.id,
      changes: diff(null, employee),
      ip: actor.ip,
    });
    return employee;
  });
}

export async function updateEmployee(
  deps: AppDeps,
  actor: TenantActor,
  id: number,
  input: UpdateInput,
): Promise<Employee> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, employeeSchema, async (trx) => {
    const before = await findOrThrow(deps, trx, organizationId, id);
    if (input.manager_id !== undefined && input.manager_id !== before.manager_id) {
      await assertValidManager(trx, organizationId, id, input.manager_id);
    }
    const fields = definedOnly(input);
    await repo(deps, trx).update(organizationId, id, {
      ...fields,
      search_text: employeeSearchText({ ...before, ...fields }),
      updated_at: nowIso(),
    });
    const after = toEmployee(await findOrThrow(deps, trx, organizationId, id));
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'update',
      resourceType: 'employee',
      resourceId: id,
      changes: diff(toEmployee(before), after),
      ip: actor.ip,
    });
    return after;
  });
}

/**
 * Every staff member has an employee record (PRODUCT §2), so a linked record goes only once the
 * member is removed. Otherwise the foreign keys clear `assigned_to` and `manager_id` pointing at it.
 */
export async function deleteEmployee(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findOrThrow(deps, trx, organizationId, id);
    // A suspended member counts too: reactivating them must find their record.
    const membership = before.user_id === null ? null : await findMembership(trx, before.user_id, organizationId);
    if (membership && isStaffRole(membership.role)) {
      const message =
        'This employee is a member of the organization. Remove the member first; their employee record can be deleted afterwards.';
      throw conflict(message, { members: [message] });
    }
    await repo(deps, trx).delete(organizationId, id);
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'delete',
      resourceType: 'employee',
      resourceId: id,
      changes: diff(toEmployee(before), null),
      ip: actor.ip,
    });
  });
}

/**
 * Every staff membership has an employee record in the same organization, created in the same
 * transaction as the membership (PRODUCT §2). Runs inside the caller's transaction.
 */
export async function createEmployeeForMember(
  trx: Executor,
  organizationId: number,
  user: UserRow,
  actorUserId: number,
  ip: string | null,
): Promise<EmployeeRow> {
  const now = nowIso();
  const employee = await employeesRepository(trx).create(organizationId, {
    user_id: user.id,
    first_name: user.first_name?.trim() || user.username,
    last_name: user.last_name?.trim() ?? '',
    email: user.email,
    phone: user.phone,
    position: user.title,
    status: 'active',
    hire_date: now.slice(0, 10),
    created_by: actorUserId,
    created_at: now,
    updated_at: now,
  });
  await recordAudit(trx, {
    organizationId,
    userId: actorUserId,
    action: 'create',
    resourceType: 'employee',
    resourceId: employee.id,
    changes: diff(null, toEmployee({ ...employee, manager_name: null })),
    ip,
  });
  return employee;
}

/**
 * A departing staff member's employee record stays for the history it anchors (deals, activities)
 * but loses its login and is marked terminated.
 */
export async function unlinkEmployeeFromMember(
  trx: Executor,
  organizationId: number,
  employeeId: number,
  now: string,
): Promise<void> {
  await employeesRepository(trx).unlinkUser(organizationId, employeeId, now);
}

/** The employee record of a user in an organization (staff members have exactly one). */
export function findEmployeeOfUser(db: Executor, organizationId: number, userId: number) {
  return employeesRepository(db).findByUser(organizationId, userId);
}
