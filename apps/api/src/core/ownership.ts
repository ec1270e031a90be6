import {
  can,
  scopeOf,
  type AssigneeFilter,
  type LeadPermissions,
  type RecordPermissions,
  type Resource,
} from '@crm/contracts';
import type { TenantActor } from './context.js';
import { AppError, forbidden } from './errors.js';

export interface Owned {
  assigned_to: number | null;
  created_by: number | null;
}

/** "Own" records (PRODUCT §3): assigned to the caller's employee record, or created by the caller. */
export const isOwnRecord = (actor: TenantActor, record: Owned): boolean =>
  (record.assigned_to !== null && record.assigned_to === actor.tenant.employeeId) ||
  record.created_by === actor.user.id;

/** Roles whose update right reaches only their own records (Employee on sales data). */
export const isLimitedToOwn = (actor: TenantActor, resource: Resource): boolean =>
  scopeOf(actor.tenant.role, resource, 'update') === 'own';

/** An Employee taking an unassigned record for themself (PRODUCT §3): allowed whoever created it. */
export const isClaim = (actor: TenantActor, record: Owned, requested: number | null | undefined): boolean =>
  record.assigned_to === null && requested != null && requested === actor.tenant.employeeId;

/**
 * For a route whose permission may be `:own`: refuses with 403 unless the record is the caller's,
 * or the change claims it (`requestedAssignee`).
 */
export function assertMayChange(actor: TenantActor, record: Owned, requestedAssignee?: number | null): void {
  if (actor.tenant.scope === 'own' && !isOwnRecord(actor, record) && !isClaim(actor, record, requestedAssignee)) {
    throw forbidden('You can change only records assigned to you or created by you.');
  }
}

type AssignableResource = 'customers' | 'leads' | 'deals' | 'activities';

/**
 * What the caller may do with `record` (PRODUCT §6 `permissions`), from the role matrix and
 * ownership — never from the record's state. `assign`: may change the assignee; for a role limited
 * to its own records, only by claiming an unassigned one.
 */
export function recordPermissions(actor: TenantActor, resource: AssignableResource, record: Owned): RecordPermissions {
  const own = isOwnRecord(actor, record);
  const may = (action: 'update' | 'delete') => {
    const scope = scopeOf(actor.tenant.role, resource, action);
    return scope === 'all' || (scope === 'own' && own);
  };
  const update = may('update');
  const assign = isLimitedToOwn(actor, resource)
    ? record.assigned_to === null && actor.tenant.employeeId !== null
    : update;
  return { update, delete: may('delete'), assign };
}

/** A lead's permissions, with `convert`: update on the lead and create on customers (and deals). */
export function leadPermissions(actor: TenantActor, record: Owned): LeadPermissions {
  const permissions = recordPermissions(actor, 'leads', record);
  return { ...permissions, convert: permissions.update && can(actor.tenant.role, 'customers', 'create') };
}

/**
 * Who a new record is assigned to. Roles limited to their own records may assign only themselves
 * (and get themselves when they name nobody).
 */
export function assigneeOnCreate(
  actor: TenantActor,
  resource: Resource,
  requested: number | null | undefined,
): number | null {
  if (!isLimitedToOwn(actor, resource)) return requested ?? null;
  if (requested != null && requested !== actor.tenant.employeeId) {
    throw new AppError('permission_denied', 'You can assign records only to yourself.');
  }
  return actor.tenant.employeeId;
}

/** Roles limited to their own records cannot reassign one. */
export function assertMayReassign(
  actor: TenantActor,
  resource: Resource,
  current: number | null,
  requested: number | null | undefined,
): void {
  if (requested === undefined || requested === current) return;
  if (current === null && requested === actor.tenant.employeeId) return; // claiming it
  if (isLimitedToOwn(actor, resource))
    throw new AppError('permission_denied', 'You can only claim unassigned records for yourself.');
}

/**
 * An `assigned_to` filter as the repositories take it: `me` is the caller's employee record (0,
 * which matches nothing, for a caller without one), `none` is null (unassigned).
 */
export function resolveAssigneeFilter(
  actor: TenantActor,
  filter: AssigneeFilter | undefined,
): number | null | undefined {
  if (filter === 'me') return actor.tenant.employeeId ?? 0;
  if (filter === 'none') return null;
  return filter;
}
