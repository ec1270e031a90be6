import { scopeOf, type Resource } from '@crm/contracts';
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

/** For a route whose permission may be `:own`: refuses with 403 unless the record is the caller's. */
export function assertMayChange(actor: TenantActor, record: Owned): void {
  if (actor.tenant.scope === 'own' && !isOwnRecord(actor, record)) {
    throw forbidden('You can change only records assigned to you or created by you.');
  }
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
  if (isLimitedToOwn(actor, resource)) throw new AppError('permission_denied', 'You cannot reassign records.');
}
