import {
  acceptInvitationResponseSchema,
  type AcceptInvitationResponse,
  type acceptInvitationBodySchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { UserRow } from '../../db/database.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, AuthContext } from '../../core/context.js';
import { AppError, conflict, forbidden, notFound } from '../../core/errors.js';
import { recordAudit } from '../../core/audit.js';
import { hashPassword, passwordWeakness } from '../../core/passwords.js';
import { hashToken } from '../../core/tokens.js';
import { nowIso } from '../../core/time.js';
import { issueToken, toUser } from '../auth/auth.service.js';
import { linkCustomerUser } from '../customers/customers.service.js';
import { addClientMember, addStaffMember, findOrganization } from '../organizations/organizations.service.js';
import { findMembership } from '../memberships/memberships.service.js';
import { createUser, findUserById, findUserConflicts, setDefaultOrganization } from '../users/users.service.js';
import { invitationsRepository, type PendingInvitation } from './invitations.repository.js';

type AcceptInput = NonNullable<z.output<typeof acceptInvitationBodySchema>>;

const GONE = 'This invitation is invalid, has expired or has already been used.';

/**
 * Claims the invitation and creates the membership it promises, inside the caller's transaction:
 * if anything after the claim fails, the claim rolls back with it.
 */
async function join(
  deps: AppDeps,
  trx: Executor,
  invitation: PendingInvitation,
  user: UserRow,
  ip: string,
): Promise<void> {
  const organizationId = invitation.organization_id;
  if (!(await invitationsRepository(trx).claim(invitation.id, user.id, nowIso()))) throw notFound(GONE);
  if (await findMembership(trx, user.id, organizationId)) {
    throw conflict('You are already a member of this organization.');
  }
  if (invitation.role === 'client') {
    if (invitation.customer_id === null) throw notFound(GONE);
    await addClientMember(trx, organizationId, user.id, user.id, ip);
    const link = { organizationId, customerId: invitation.customer_id, userId: user.id, actorUserId: user.id, ip };
    if (!(await linkCustomerUser(deps, trx, link))) throw conflict('This customer already has a portal login.');
  } else if (invitation.role === 'owner') {
    // Never created by the API; refused should a row say so anyway.
    throw notFound(GONE);
  } else {
    await addStaffMember(trx, organizationId, user, invitation.role, user.id, ip);
  }
  // A first organization becomes the default, so the new member lands in it.
  if (user.default_organization_id === null) await setDefaultOrganization(trx, user.id, organizationId);
  await recordAudit(trx, {
    organizationId,
    userId: user.id,
    action: 'accept',
    resourceType: 'invitation',
    resourceId: invitation.id,
    changes: { accepted_by: { old: null, new: user.id } },
    ip,
  });
}

async function answer(
  trx: Executor,
  userId: number,
  organizationId: number,
  token: string | null,
): Promise<AcceptInvitationResponse> {
  const user = await findUserById(trx, userId);
  const organization = await findOrganization(trx, organizationId);
  if (!user || !organization) throw notFound(GONE);
  return { token, user: await toUser(trx, user), organization };
}

/**
 * Signed in: the account's email must be the invited one. Not signed in: creates the account for the
 * invited email (PRODUCT §6), with the password rules of registration, and answers its first token.
 */
export async function acceptInvitation(
  deps: AppDeps,
  token: string,
  auth: AuthContext | null,
  body: AcceptInput,
  ip: string,
): Promise<AcceptInvitationResponse> {
  const db = deps.db.kysely;
  const invitation = await invitationsRepository(db).findPendingByHash(hashToken(token), nowIso());
  if (!invitation) throw notFound(GONE);
  const organizationId = invitation.organization_id;

  if (auth) {
    if (auth.user.email.toLowerCase() !== invitation.email.toLowerCase()) {
      throw forbidden('This invitation was sent to another email address. Sign in with that account to accept it.');
    }
    return sealedTransaction(db, acceptInvitationResponseSchema, async (trx) => {
      await join(deps, trx, invitation, auth.user, ip);
      return answer(trx, auth.user.id, organizationId, null);
    });
  }

  const missing: Record<string, string[]> = {};
  if (!body.username) missing.username = ['This field is required.'];
  if (!body.password) missing.password = ['This field is required.'];
  if (!body.username || !body.password) throw new AppError('validation_error', 'Validation error.', missing);
  const { username, password } = body;
  const taken = await findUserConflicts(db, username, invitation.email);
  if (taken.email) {
    throw conflict('An account already uses this email address. Sign in to accept the invitation.', {
      email: ['An account already uses this email address. Sign in to accept the invitation.'],
    });
  }
  if (taken.username)
    throw conflict('A user with that username already exists.', {
      username: ['A user with that username already exists.'],
    });
  const weakness = passwordWeakness(password, [username, invitation.email.split('@')[0]]);
  if (weakness) throw new AppError('validation_error', weakness, { password: [weakness] });
  const passwordHash = await hashPassword(password);

  return sealedTransaction(db, acceptInvitationResponseSchema, async (trx) => {
    const now = nowIso();
    const user = await createUser(trx, {
      username,
      email: invitation.email,
      password_hash: passwordHash,
      first_name: body.first_name || null,
      last_name: body.last_name || null,
      timezone: 'UTC',
      is_active: true,
      created_at: now,
      updated_at: now,
    });
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'register',
      resourceType: 'user',
      resourceId: user.id,
      ip,
    });
    await join(deps, trx, invitation, user, ip);
    const sessionToken = await issueToken(trx, user.id);
    return answer(trx, user.id, organizationId, sessionToken);
  });
}
