import {
  INVITATION_TTL_DAYS,
  type AssignableRole,
  type CreatedInvitation,
  type Invitation,
  type InvitationPreview,
  type Role,
} from '@crm/contracts';
import type { InvitationRow } from '../../db/database.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, fieldError, notFound } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import { assertMailAvailable, trySend, type MailLog } from '../../core/mailer.js';
import type { PageRequest } from '../../core/pagination.js';
import { generateToken, hashToken } from '../../core/tokens.js';
import { isoSecondsFromNow, nowIso } from '../../core/time.js';
import { fullName } from '../auth/auth.service.js';
import { findCustomerForPortal } from '../customers/customers.service.js';
import { isMemberEmail } from '../members/members.service.js';
import { findOrganization } from '../organizations/organizations.service.js';
import { findUserByEmail } from '../users/users.service.js';
import { invitationEmail } from './invitation-email.js';
import { invitationsRepository } from './invitations.repository.js';

export function toInvitation(row: InvitationRow): Invitation {
  return {
    id: row.id,
    email: row.email,
    role: row.role,
    customer_id: row.customer_id,
    invited_by: row.invited_by,
    expires_at: row.expires_at,
    created_at: row.created_at,
  };
}

interface InvitationInput {
  email: string;
  role: Role;
  customerId: number | null;
}

/**
 * Creates the invitation (replacing a pending staff one to the same email, or a portal one for the
 * same customer), then emails its link. The token leaves the server only in that email and in this one answer.
 */
async function issueInvitation(
  deps: AppDeps,
  actor: TenantActor,
  input: InvitationInput,
  log: MailLog,
): Promise<CreatedInvitation> {
  assertMailAvailable(deps.mailer);
  const organizationId = actor.tenant.organizationId;
  const token = generateToken();
  const { row, organizationName } = await deps.db.kysely.transaction().execute(async (trx) => {
    if (await isMemberEmail(trx, organizationId, input.email)) {
      throw conflict('This person is already a member of this organization.', {
        email: ['This person is already a member of this organization.'],
      });
    }
    const repo = invitationsRepository(trx);
    const now = nowIso();
    for (const replaced of await repo.revokeReplaced(organizationId, input.email, input.customerId, now)) {
      await recordAudit(trx, {
        organizationId,
        userId: actor.user.id,
        action: 'revoke',
        resourceType: 'invitation',
        resourceId: replaced.id,
        changes: { revoked_at: { old: null, new: now } },
        ip: actor.ip,
      });
    }
    const created = await repo.create(organizationId, {
      email: input.email,
      role: input.role,
      customer_id: input.customerId,
      invited_by: actor.user.id,
      token_hash: hashToken(token),
      expires_at: isoSecondsFromNow(INVITATION_TTL_DAYS * 86_400),
      created_at: now,
    });
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'create',
      resourceType: 'invitation',
      resourceId: created.id,
      changes: diff(null, toInvitation(created)),
      ip: actor.ip,
    });
    const organization = await findOrganization(trx, organizationId);
    return { row: created, organizationName: organization?.name ?? '' };
  });
  const acceptUrl = `${deps.config.publicUrl}/accept-invitation/${token}`;
  const message = invitationEmail({
    to: row.email,
    role: row.role,
    organizationName,
    inviterName: fullName(actor.user),
    acceptUrl,
    expiresAt: row.expires_at,
  });
  const delivery = await trySend(deps.mailer, message, log);
  return { ...toInvitation(row), accept_url: acceptUrl, email_sent: delivery === 'sent', email_delivery: delivery };
}

export function createInvitation(
  deps: AppDeps,
  actor: TenantActor,
  body: { email: string; role: AssignableRole },
  log: MailLog,
): Promise<CreatedInvitation> {
  return issueInvitation(deps, actor, { email: body.email, role: body.role, customerId: null }, log);
}

/** A portal login for a customer: role client, sent to the customer's email unless another is given. */
export async function inviteToPortal(
  deps: AppDeps,
  actor: TenantActor,
  customerId: number,
  body: { email?: string } | null | undefined,
  log: MailLog,
): Promise<CreatedInvitation> {
  const customer = await findCustomerForPortal(deps, actor, customerId);
  if (!customer) throw notFound();
  if (customer.user_id !== null) throw conflict('This customer already has a portal login.');
  const email = body?.email ?? customer.email?.toLowerCase();
  if (!email)
    throw fieldError('email', 'This customer has no email address. Give the address to send the invitation to.');
  return issueInvitation(deps, actor, { email, role: 'client', customerId }, log);
}

export async function listInvitations(deps: AppDeps, actor: TenantActor, page: PageRequest) {
  const repo = invitationsRepository(deps.db.kysely);
  const now = nowIso();
  const organizationId = actor.tenant.organizationId;
  const [rows, count] = await Promise.all([
    repo.listPending(organizationId, now, page.limit, page.offset),
    repo.countPending(organizationId, now),
  ]);
  return { results: rows.map(toInvitation), count };
}

/** Only a pending invitation can be revoked; an accepted, expired or unknown one is 404. */
export async function revokeInvitation(deps: AppDeps, actor: TenantActor, invitationId: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const now = nowIso();
    const revoked = await invitationsRepository(trx).revoke(organizationId, invitationId, now);
    if (!revoked) throw notFound();
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'revoke',
      resourceType: 'invitation',
      resourceId: invitationId,
      changes: { revoked_at: { old: null, new: now } },
      ip: actor.ip,
    });
  });
}

/** The public accept page: unknown, expired, revoked and used tokens all look the same (404). */
export async function previewInvitation(deps: AppDeps, token: string): Promise<InvitationPreview> {
  const db = deps.db.kysely;
  const invitation = await invitationsRepository(db).findPendingByHash(hashToken(token), nowIso());
  if (!invitation) throw notFound('This invitation is invalid, has expired or has already been used.');
  return {
    organization: { id: invitation.organization_id, name: invitation.organization_name },
    role: invitation.role,
    email: invitation.email,
    expires_at: invitation.expires_at,
    has_account: (await findUserByEmail(db, invitation.email)) !== undefined,
  };
}
