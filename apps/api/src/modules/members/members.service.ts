import { definedOnly } from '../../core/patch.js';
import {
  can,
  type Member,
  type TransferOwnershipResponse,
  type memberListQuerySchema,
  type updateMemberBodySchema,
  memberSchema,
  transferOwnershipResponseSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import { sealedTransaction } from '../../core/answer.js';
import type { Actor, AppDeps, TenantActor } from '../../core/context.js';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import type { PageRequest } from '../../core/pagination.js';
import { nowIso } from '../../core/time.js';
import { fullName } from '../auth/auth.service.js';
import { unlinkEmployeeFromMember } from '../employees/employees.service.js';
import { findMembership } from '../memberships/memberships.service.js';
import { clearDefaultOrganizationOf } from '../users/users.service.js';
import { unlinkCustomerUser } from '../customers/customers.service.js';
import { membersRepository, type MemberRecord } from './members.repository.js';

type ListQuery = z.output<typeof memberListQuerySchema>;
type UpdateInput = z.output<typeof updateMemberBodySchema>;

export function toMember(row: MemberRecord): Member {
  return {
    user_id: row.user_id,
    username: row.username,
    email: row.email,
    full_name: fullName(row),
    role: row.role,
    status: row.status,
    joined_at: row.joined_at,
    employee_id: row.employee_id,
    customer_id: row.customer_id,
  };
}

/** What the audit log keeps of a membership: its role and status, never the user's details. */
const auditState = (row: MemberRecord | undefined) => (row ? { role: row.role, status: row.status } : null);

async function findOrThrow(db: Executor, organizationId: number, userId: number): Promise<MemberRecord> {
  const row = await membersRepository(db).find(organizationId, userId);
  if (!row) throw notFound();
  return row;
}

/** For invitations: an email that already belongs to a member (any status) is not invited again. */
export function isMemberEmail(db: Executor, organizationId: number, email: string): Promise<boolean> {
  return membersRepository(db).hasMemberWithEmail(organizationId, email);
}

export async function listMembers(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const repo = membersRepository(deps.db.kysely);
  const organizationId = actor.tenant.organizationId;
  const filters = { role: query.role, status: query.status };
  const [rows, count] = await Promise.all([
    repo.list(organizationId, filters, page.limit, page.offset),
    repo.count(organizationId, filters),
  ]);
  return { results: rows.map(toMember), count };
}

/**
 * Role and status of another member. Nobody changes their own (they may leave instead), the Owner
 * changes only through a transfer, and a client stays a client.
 */
export async function updateMember(
  deps: AppDeps,
  actor: TenantActor,
  userId: number,
  body: UpdateInput,
): Promise<Member> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, memberSchema, async (trx) => {
    const repo = membersRepository(trx);
    const before = await findOrThrow(trx, organizationId, userId);
    if (userId === actor.user.id) {
      throw forbidden(
        'You cannot change your own role or status. Another Owner or Admin can, or you can leave the organization.',
      );
    }
    if (before.role === 'owner') {
      throw forbidden("The Owner's role and status cannot be changed. Ownership moves only with transfer_ownership.");
    }
    if (body.role !== undefined && body.role !== before.role && before.role === 'client') {
      throw fieldError('role', 'A client keeps the client role. Invite the person as staff instead.');
    }
    const changes = definedOnly(body);
    if (Object.keys(changes).length === 0) return toMember(before);
    await repo.update(organizationId, userId, changes, nowIso());
    const after = await findOrThrow(trx, organizationId, userId);
    const changed = diff(auditState(before), auditState(after));
    if (Object.keys(changed).length > 0) {
      await recordAudit(trx, {
        organizationId,
        userId: actor.user.id,
        action: 'update',
        resourceType: 'membership',
        resourceId: userId,
        changes: changed,
        ip: actor.ip,
      });
    }
    return toMember(after);
  });
}

/**
 * Removing someone needs `members` delete; leaving (the caller's own user id) needs only an active
 * membership, which is why the route is merely authenticated and this function authorises.
 */
export async function removeMember(deps: AppDeps, actor: Actor, organizationId: number, userId: number): Promise<void> {
  const caller = await findMembership(deps.db.kysely, actor.user.id, organizationId);
  if (!caller) throw notFound();
  if (caller.status !== 'active') throw new AppError('not_a_member');
  const isLeaving = userId === actor.user.id;
  if (isLeaving && caller.role === 'owner') {
    throw conflict('Transfer ownership to another member before leaving the organization.');
  }
  if (!isLeaving && !can(caller.role, 'members', 'delete')) throw forbidden();

  await deps.db.kysely.transaction().execute(async (trx) => {
    const target = await findOrThrow(trx, organizationId, userId);
    if (target.role === 'owner')
      throw forbidden('The Owner cannot be removed. Ownership moves only with transfer_ownership.');
    const now = nowIso();
    const repo = membersRepository(trx);
    await repo.delete(organizationId, userId);
    if (target.employee_id !== null) {
      await unlinkEmployeeFromMember(trx, organizationId, target.employee_id, now);
      await recordAudit(trx, {
        organizationId,
        userId: actor.user.id,
        action: 'update',
        resourceType: 'employee',
        resourceId: target.employee_id,
        changes: diff({ user_id: userId, status: target.employee_status }, { user_id: null, status: 'terminated' }),
        ip: actor.ip,
      });
    }
    if (target.customer_id !== null) {
      const link = { organizationId, customerId: target.customer_id, userId, actorUserId: actor.user.id, ip: actor.ip };
      await unlinkCustomerUser(deps, trx, link);
    }
    await clearDefaultOrganizationOf(trx, userId, organizationId);
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: isLeaving ? 'leave' : 'remove_member',
      resourceType: 'membership',
      resourceId: userId,
      changes: diff(auditState(target), null),
      ip: actor.ip,
    });
  });
}

/**
 * The target becomes Owner and the caller an Admin, in one transaction. The caller is demoted first
 * (the database allows one owner per organization) and only while still Owner, so two racing
 * transfers cannot both succeed.
 */
export async function transferOwnership(
  deps: AppDeps,
  actor: TenantActor,
  targetUserId: number,
): Promise<TransferOwnershipResponse> {
  const organizationId = actor.tenant.organizationId;
  if (targetUserId === actor.user.id) throw fieldError('user_id', 'You already own this organization.');
  return sealedTransaction(deps.db.kysely, transferOwnershipResponseSchema, async (trx) => {
    const repo = membersRepository(trx);
    const target = await repo.find(organizationId, targetUserId);
    if (!target || target.role === 'client' || target.status !== 'active') {
      throw fieldError('user_id', 'Choose an active staff member of this organization.');
    }
    const now = nowIso();
    if (!(await repo.update(organizationId, actor.user.id, { role: 'admin' }, now, 'owner'))) {
      throw forbidden('Only the Owner can transfer ownership.');
    }
    await repo.update(organizationId, targetUserId, { role: 'owner' }, now);
    const audit = (resourceId: number, oldRole: string, newRole: string) =>
      recordAudit(trx, {
        organizationId,
        userId: actor.user.id,
        action: 'update',
        resourceType: 'membership',
        resourceId,
        changes: { role: { old: oldRole, new: newRole } },
        ip: actor.ip,
      });
    await audit(actor.user.id, 'owner', 'admin');
    await audit(targetUserId, target.role, 'owner');
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'transfer_ownership',
      resourceType: 'organization',
      resourceId: organizationId,
      changes: { owner_id: { old: actor.user.id, new: targetUserId } },
      ip: actor.ip,
    });
    return {
      owner: toMember(await findOrThrow(trx, organizationId, targetUserId)),
      previous_owner: toMember(await findOrThrow(trx, organizationId, actor.user.id)),
    };
  });
}
