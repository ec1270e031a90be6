import type { Role } from '@crm/contracts';
import type { Executor } from '../../db/connection.js';
import type { AuthContext } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { nowIso } from '../../core/time.js';
import type { MembershipView } from '../../core/guard.js';
import { membershipsRepository, type MembershipWithEmployee } from './memberships.repository.js';

const toView = (m: MembershipWithEmployee): MembershipView => ({
  organizationId: m.organizationId,
  role: m.role,
  status: m.status,
  employeeId: m.employeeId,
  timeZone: m.timeZone,
  currency: m.currency,
  recordVisibility: { employee: m.visibilityEmployee, manager: m.visibilityManager },
});

export async function findMembership(
  db: Executor,
  userId: number,
  organizationId: number,
): Promise<MembershipView | null> {
  const membership = await membershipsRepository(db).findForUser(organizationId, userId);
  return membership ? toView(membership) : null;
}

/**
 * PRODUCT §2: the X-Organization-ID header when present (one of the caller's active memberships,
 * else 403), otherwise the default organization if still active, otherwise the most recently joined
 * active membership; none at all is 403 no_active_organization.
 */
export async function resolveActiveOrganization(
  db: Executor,
  auth: AuthContext,
  headerValue: string | undefined,
): Promise<MembershipView> {
  const repo = membershipsRepository(db);
  if (headerValue !== undefined && headerValue.trim() !== '') {
    const id = /^\d{1,10}$/.test(headerValue.trim()) ? Number(headerValue.trim()) : NaN;
    const membership = Number.isSafeInteger(id) ? await repo.findForUser(id, auth.user.id) : undefined;
    if (!membership || membership.status !== 'active') throw new AppError('not_a_member');
    return toView(membership);
  }
  const defaultId = auth.user.default_organization_id;
  if (defaultId !== null) {
    const membership = await repo.findForUser(defaultId, auth.user.id);
    if (membership?.status === 'active') return toView(membership);
  }
  const latest = await repo.latestActiveForUser(auth.user.id);
  if (!latest) throw new AppError('no_active_organization');
  return toView(latest);
}

export interface MembershipRef {
  organization: { id: number; name: string; slug: string };
  role: Role;
  status: 'active' | 'suspended';
}

export async function listMembershipRefs(db: Executor, userId: number): Promise<MembershipRef[]> {
  const rows = await membershipsRepository(db).listForUser(userId);
  return rows.map((r) => ({
    organization: { id: r.organization.id, name: r.organization.name, slug: r.organization.slug },
    role: r.role,
    status: r.status,
  }));
}

/** A membership row; staff and client memberships add their employee or customer link beside it. */
export async function createMembership(
  db: Executor,
  organizationId: number,
  userId: number,
  role: Role,
): Promise<void> {
  await membershipsRepository(db).create(organizationId, userId, role, nowIso());
}

/** The caller's active organizations, one page of them, and how many there are. */
export async function pageActiveOrganizationsOf(db: Executor, userId: number, limit: number, offset: number) {
  const repo = membershipsRepository(db);
  const [rows, count] = await Promise.all([
    repo.listActiveOrganizationsForUser(userId, limit, offset),
    repo.countActiveOrganizationsForUser(userId),
  ]);
  return { rows, count };
}

/** Every membership of the user, with its organization. */
export function listMembershipsOf(db: Executor, userId: number) {
  return membershipsRepository(db).listForUser(userId);
}

/** Ends a membership (a deleted customer's portal login): the row goes, the user stays. */
export async function endMembership(db: Executor, organizationId: number, userId: number): Promise<void> {
  await membershipsRepository(db).delete(organizationId, userId);
}
