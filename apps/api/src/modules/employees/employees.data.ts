import type { employeeListQuerySchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { pagedExport } from '../../core/csv.js';
import { employeesRepository } from './employees.repository.js';
import { employeeFilters } from './employees.service.js';

/** The CSV columns of employees (PRODUCT §6): the writable fields and the external id. */
export const EMPLOYEE_COLUMNS = [
  'external_id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'department',
  'position',
  'hire_date',
  'manager',
  'status',
] as const;

/** The employees of the list's current filters, with their manager by email (employees have no custom fields). */
export function employeeExport(deps: AppDeps, actor: TenantActor, query: z.output<typeof employeeListQuerySchema>) {
  const repo = employeesRepository(deps.db.kysely, deps.db.dialect);
  const organizationId = actor.tenant.organizationId;
  const filters = employeeFilters(actor, query);
  return pagedExport({
    columns: EMPLOYEE_COLUMNS,
    exportPage: (afterId, limit) => repo.exportPage(organizationId, filters, afterId, limit),
    cells: (row) => ({ ...row, manager: row.manager_email }),
  });
}
