import { sql, type Expression, type SqlBool } from 'kysely';
import type { RecordVisibility, Role } from '@crm/contracts';
import type { TenantActor } from './context.js';

/**
 * Which rows a caller may read (PRODUCT §3): the one place the rule lives. Services turn the caller
 * into a `Viewer` for a resource; repositories add `visibleRows(viewer, resource, alias)` to every
 * read, so no handler writes an ownership filter of its own.
 */

/** Resources whose rows depend on the caller. Vendors, employees, pipelines and stages: all staff. */
export type VisibleResource = 'customers' | 'leads' | 'deals' | 'activities' | 'orders' | 'payments' | 'issues';

/**
 * `all`; `own`: assigned to the caller's employee record or created by the caller; `team`: own, plus
 * assigned to anyone who reports to the caller, directly or not; `own_customer`: a Client's rows of
 * the customer whose portal login they are; `none`: no row at all.
 */
export type RowScope = 'all' | 'own' | 'team' | 'own_customer' | 'none';

export interface Viewer {
  organizationId: number;
  scope: RowScope;
  userId: number;
  /** The caller's employee record (null for a Client). */
  employeeId: number | null;
}

const CLIENT_RESOURCES: ReadonlySet<VisibleResource> = new Set(['orders', 'payments', 'issues']);

/** The scope of `role` on `resource` under the organization's `record_visibility` setting. */
export function rowScopeOf(role: Role, setting: RecordVisibility, resource: VisibleResource): RowScope {
  switch (role) {
    case 'owner':
    case 'admin':
      return 'all';
    case 'manager':
      return setting.manager === 'team' ? 'team' : 'all';
    case 'employee':
      return setting.employee === 'own' ? 'own' : 'all';
    case 'client':
      return CLIENT_RESOURCES.has(resource) ? 'own_customer' : 'none';
  }
}

export function viewerOf(actor: TenantActor, resource: VisibleResource): Viewer {
  const { tenant } = actor;
  return {
    organizationId: tenant.organizationId,
    scope: rowScopeOf(tenant.role, tenant.recordVisibility, resource),
    userId: actor.user.id,
    employeeId: tenant.employeeId,
  };
}

/**
 * Every row of the organization, for reads that must not depend on the caller: re-reading a row
 * a write has just made, or counting dependants before a delete (an invisible deal still blocks
 * deleting its customer). Each use says why.
 */
export const unrestricted = (organizationId: number): Viewer => ({
  organizationId,
  scope: 'all',
  userId: 0,
  employeeId: null,
});

const always = () => sql<SqlBool>`1 = 1`;
const never = () => sql<SqlBool>`1 = 0`;
const col = (alias: string, column: string) => sql.ref(`${alias}.${column}`);

/** Employees who report to the viewer, directly or through others (a manager chain of any depth). */
const reportsOf = (viewer: Viewer) => sql`(
  with recursive reports(id) as (
    select id from employees where organization_id = ${viewer.organizationId} and manager_id = ${viewer.employeeId}
    union
    select e.id from employees e inner join reports r on e.manager_id = r.id where e.organization_id = ${viewer.organizationId}
  ) select id from reports)`;

/** Own (or team) on a table with `assigned_to` (an employee) and `created_by` (a user). */
function ownedRows(viewer: Viewer, alias: string, withTeam: boolean): Expression<SqlBool> {
  const created = sql<SqlBool>`${col(alias, 'created_by')} = ${viewer.userId}`;
  if (viewer.employeeId === null) return created;
  const assigned = sql<SqlBool>`${col(alias, 'assigned_to')} = ${viewer.employeeId}`;
  if (!withTeam) return sql<SqlBool>`(${assigned} or ${created})`;
  return sql<SqlBool>`(${assigned} or ${created} or ${col(alias, 'assigned_to')} in ${reportsOf(viewer)})`;
}

/** `column` names a row of `table` that the viewer can see. */
const pointsToVisible = (viewer: Viewer, alias: string, column: string, table: 'customers' | 'leads' | 'deals') =>
  sql<SqlBool>`${col(alias, column)} in (select v.id from ${sql.table(table)} v where v.organization_id = ${viewer.organizationId} and ${visibleRows(viewer, table, 'v')})`;

/** A Client's own customer: the one whose portal login (`user_id`) they are. */
const ofOwnCustomer = (viewer: Viewer, alias: string) =>
  sql<SqlBool>`${col(alias, 'customer_id')} in (select v.id from customers v where v.organization_id = ${viewer.organizationId} and v.user_id = ${viewer.userId})`;

/** The condition a read of `resource` adds, on the table's `alias`, for `viewer`. */
export function visibleRows(viewer: Viewer, resource: VisibleResource, alias: string): Expression<SqlBool> {
  const { scope } = viewer;
  if (scope === 'all') return always();
  if (scope === 'none') return never();
  if (scope === 'own_customer') return CLIENT_RESOURCES.has(resource) ? ofOwnCustomer(viewer, alias) : never();
  const team = scope === 'team';
  switch (resource) {
    case 'customers':
    case 'leads':
    case 'deals':
      return ownedRows(viewer, alias, team);
    case 'activities':
      // Visible with its parent record, or when it is the caller's own (or their team's).
      return sql<SqlBool>`(${ownedRows(viewer, alias, team)}
        or ${pointsToVisible(viewer, alias, 'customer_id', 'customers')}
        or ${pointsToVisible(viewer, alias, 'lead_id', 'leads')}
        or ${pointsToVisible(viewer, alias, 'deal_id', 'deals')})`;
    case 'orders':
    case 'payments':
      return pointsToVisible(viewer, alias, 'customer_id', 'customers');
    case 'issues':
      return sql<SqlBool>`(${pointsToVisible(viewer, alias, 'customer_id', 'customers')} or ${
        viewer.employeeId === null ? never() : sql<SqlBool>`${col(alias, 'assigned_to')} = ${viewer.employeeId}`
      })`;
  }
}

/**
 * The employees whose figures a viewer sees (analytics per person): everyone for `all`, the viewer
 * and their reports at any depth for `team`, the viewer alone for `own`, nobody otherwise.
 */
export function visibleEmployees(viewer: Viewer, alias: string): Expression<SqlBool> {
  const id = col(alias, 'id');
  if (viewer.scope === 'all') return always();
  if (viewer.employeeId === null || (viewer.scope !== 'own' && viewer.scope !== 'team')) return never();
  if (viewer.scope === 'own') return sql<SqlBool>`${id} = ${viewer.employeeId}`;
  return sql<SqlBool>`(${id} = ${viewer.employeeId} or ${id} in ${reportsOf(viewer)})`;
}
