import type { Executor } from '../../db/connection.js';
import type { EmployeeRow, UserRow } from '../../db/database.js';
import { nowIso } from '../../core/time.js';
import { recordAudit } from '../../core/audit.js';
import { fieldError } from '../../core/errors.js';
import { employeesRepository } from './employees.repository.js';

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
    ip,
  });
  return employee;
}
