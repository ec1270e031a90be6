import {
  PASSWORD_RESET_DONE_MESSAGE,
  PASSWORD_RESET_REQUESTED_MESSAGE,
  PASSWORD_RESET_TTL_MINUTES,
  type passwordResetBodySchema,
  type passwordResetConfirmBodySchema,
} from '@crm/contracts';
import type { z } from 'zod';
import { toBool } from '../../db/dialect.js';
import type { AppDeps } from '../../core/context.js';
import { AppError, fieldError } from '../../core/errors.js';
import { recordAudit } from '../../core/audit.js';
import { assertMailAvailable, trySend, type MailLog } from '../../core/mailer.js';
import { hashPassword, passwordWeakness } from '../../core/passwords.js';
import { generateToken, hashToken } from '../../core/tokens.js';
import { isoSecondsFromNow, nowIso } from '../../core/time.js';
import { endAllSessions } from '../auth/auth.service.js';
import { findUserByEmail, findUserById, setPasswordHash } from '../users/users.service.js';
import { passwordResetRepository } from './password-reset.repository.js';
import { PasswordResetThrottle } from './reset-throttle.js';

type RequestInput = z.output<typeof passwordResetBodySchema>;
type ConfirmInput = z.output<typeof passwordResetConfirmBodySchema>;

const INVALID_TOKEN = 'This password-reset link is invalid, has expired or has already been used. Ask for a new one.';

function resetEmail(to: string, resetUrl: string) {
  const text = [
    'Hello,',
    '',
    'Someone (hopefully you) asked to reset the password of your Too Good CRM account.',
    '',
    `Choose a new password: ${resetUrl}`,
    '',
    `The link works once, within ${PASSWORD_RESET_TTL_MINUTES} minutes.`,
    'If you did not ask for it, ignore this email: your password stays as it is.',
  ].join('\n');
  return { to, subject: 'Reset your Too Good CRM password', text };
}

/**
 * Always the same answer, whether or not the email has an account; only an existing, active
 * account gets a link. Mail that cannot be delivered is logged, never reported to the caller
 * (that too would tell which emails exist).
 */
export async function requestPasswordReset(
  deps: AppDeps,
  body: RequestInput,
  ip: string,
  log: MailLog,
): Promise<{ message: string }> {
  assertMailAvailable(deps.mailer);
  const db = deps.db.kysely;
  await new PasswordResetThrottle(db, deps.config.passwordResetLimit).hit(body.email, ip);
  const user = await findUserByEmail(db, body.email);
  if (!user || !toBool(user.is_active)) return { message: PASSWORD_RESET_REQUESTED_MESSAGE };
  const token = generateToken();
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    await passwordResetRepository(trx).create(
      user.id,
      hashToken(token),
      isoSecondsFromNow(PASSWORD_RESET_TTL_MINUTES * 60),
      now,
    );
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'password_reset_request',
      resourceType: 'user',
      resourceId: user.id,
      ip,
    });
  });
  // Not awaited: waiting for the mail server would make an existing account answer measurably slower.
  void trySend(deps.mailer, resetEmail(user.email, `${deps.config.publicUrl}/reset-password/${token}`), log);
  return { message: PASSWORD_RESET_REQUESTED_MESSAGE };
}

/** Sets the password, spends the link and ends every session of the account. */
export async function confirmPasswordReset(
  deps: AppDeps,
  body: ConfirmInput,
  ip: string,
): Promise<{ message: string }> {
  const db = deps.db.kysely;
  const tokenHash = hashToken(body.token);
  const found = await passwordResetRepository(db).findUsable(tokenHash, nowIso());
  const user = found ? await findUserById(db, found.user_id) : undefined;
  if (!found || !user || !toBool(user.is_active)) throw fieldError('token', INVALID_TOKEN);
  // Judged before the link is spent, so a weak choice can be corrected with the same link.
  const weakness = passwordWeakness(body.new_password, [user.username, user.email.split('@')[0]]);
  if (weakness) throw new AppError('validation_error', weakness, { new_password: [weakness] });
  const passwordHash = await hashPassword(body.new_password);
  await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const resets = passwordResetRepository(trx);
    if (!(await resets.markUsed(found.id, now))) throw fieldError('token', INVALID_TOKEN);
    await resets.expireAllForUser(user.id, now);
    await setPasswordHash(trx, user.id, passwordHash);
    await endAllSessions(trx, user.id);
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'password_reset',
      resourceType: 'user',
      resourceId: user.id,
      ip,
    });
  });
  return { message: PASSWORD_RESET_DONE_MESSAGE };
}
