import { definedOnly } from '../../core/patch.js';
import {
  type LoginResponse,
  type RegisterResponse,
  type User,
  type changePasswordBodySchema,
  type loginBodySchema,
  type registerBodySchema,
  type updateProfileBodySchema,
  loginResponseSchema,
  registerResponseSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { UserRow } from '../../db/database.js';
import { toBool } from '../../db/dialect.js';
import { sealedTransaction } from '../../core/answer.js';
import type { Actor, AppDeps, AuthContext } from '../../core/context.js';
import { AppError, conflict, fieldError } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import { burnPasswordCheck, hashPassword, passwordWeakness, verifyPassword } from '../../core/passwords.js';
import { generateToken, hashToken } from '../../core/tokens.js';
import { LoginThrottle, loginAccount } from '../../core/login-throttle.js';
import { isoSecondsAgo, nowIso } from '../../core/time.js';
import {
  createUser,
  findUserByLogin,
  findUserConflicts,
  setDefaultOrganization,
  setPasswordHash,
  updateUser,
} from '../users/users.service.js';
import { createOrganizationWithOwner, toOrganization } from '../organizations/organizations.service.js';
import { listMembershipRefs } from '../memberships/memberships.service.js';
import { tokensRepository } from './tokens.repository.js';

type RegisterInput = z.output<typeof registerBodySchema>;
type LoginInput = z.output<typeof loginBodySchema>;
type ProfileInput = z.output<typeof updateProfileBodySchema>;
type PasswordInput = z.output<typeof changePasswordBodySchema>;

/** last_used_at is written at most this often, so reads do not turn into writes. */
const TOUCH_INTERVAL_SECONDS = 5 * 60;

export const fullName = (u: Pick<UserRow, 'first_name' | 'last_name' | 'username'>): string =>
  [u.first_name, u.last_name].filter(Boolean).join(' ').trim() || u.username;

export async function toUser(db: Executor, user: UserRow): Promise<User> {
  return {
    id: user.id,
    username: user.username,
    email: user.email,
    first_name: user.first_name,
    last_name: user.last_name,
    full_name: fullName(user),
    phone: user.phone,
    title: user.title,
    timezone: user.timezone,
    default_organization_id: user.default_organization_id,
    memberships: await listMembershipRefs(db, user.id),
  };
}

function assertStrongPassword(field: string, password: string, user: { username: string; email: string }) {
  const weakness = passwordWeakness(password, [user.username, user.email.split('@')[0]]);
  if (weakness) throw fieldError(field, weakness);
}

async function assertAvailable(db: Executor, username?: string, email?: string, exceptId?: number) {
  const taken = await findUserConflicts(db, username, email, exceptId);
  const errors: Record<string, string[]> = {};
  if (taken.username) errors.username = ['A user with that username already exists.'];
  if (taken.email) errors.email = ['A user with that email already exists.'];
  if (Object.keys(errors).length) throw conflict('A user with that username or email already exists.', errors);
}

/** A new session token for the user, shown once; only its hash is stored. */
export async function issueToken(db: Executor, userId: number): Promise<string> {
  const token = generateToken();
  await tokensRepository(db).create(userId, hashToken(token), nowIso());
  return token;
}

/** User, organization, Owner membership, employee record, default pipeline and token: one transaction. */
export async function register(deps: AppDeps, body: RegisterInput, ip: string): Promise<RegisterResponse> {
  assertStrongPassword('password', body.password, body);
  const passwordHash = await hashPassword(body.password);
  return sealedTransaction(deps.db.kysely, registerResponseSchema, async (trx) => {
    await assertAvailable(trx, body.username, body.email);
    const now = nowIso();
    let user = await createUser(trx, {
      username: body.username,
      email: body.email,
      password_hash: passwordHash,
      first_name: body.first_name ?? null,
      last_name: body.last_name ?? null,
      timezone: 'UTC',
      is_active: true,
      created_at: now,
      updated_at: now,
    });
    const name = body.organization_name ?? `${body.first_name || body.username}'s organization`;
    const organization = await createOrganizationWithOwner(trx, user, { name }, ip);
    await setDefaultOrganization(trx, user.id, organization.id);
    user = { ...user, default_organization_id: organization.id };
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'register',
      resourceType: 'user',
      resourceId: user.id,
      ip,
    });
    const token = await issueToken(trx, user.id);
    return {
      token,
      user: await toUser(trx, user),
      organization: toOrganization(organization),
      message: 'Registration successful.',
    };
  });
}

/** Same answer for an unknown account and a wrong password; failures count toward the limits. */
export async function login(deps: AppDeps, body: LoginInput, ip: string): Promise<LoginResponse> {
  const db = deps.db.kysely;
  const throttle = new LoginThrottle(db, deps.config.rateLimit);
  const user = await findUserByLogin(db, body.username);
  const account = loginAccount(user?.id, body.username);
  await throttle.assertAllowed(account, ip);
  const valid = user
    ? await verifyPassword(body.password, user.password_hash)
    : (await burnPasswordCheck(body.password), false);
  if (!user || !valid || !toBool(user.is_active)) {
    await throttle.recordFailure(account, ip);
    await recordAudit(db, {
      organizationId: null,
      userId: user?.id ?? null,
      action: 'login_failed',
      resourceType: 'user',
      resourceId: user?.id ?? null,
      ip,
    });
    throw new AppError('invalid_credentials');
  }
  await throttle.recordSuccess(account, ip);
  return sealedTransaction(db, loginResponseSchema, async (trx) => {
    const token = await issueToken(trx, user.id);
    const updated = await updateUser(trx, user.id, { last_login_at: nowIso() });
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'login',
      resourceType: 'user',
      resourceId: user.id,
      ip,
    });
    return { token, user: await toUser(trx, updated), message: 'Login successful.' };
  });
}

/** The guard's view of a token: unknown, expired (sliding TOKEN_TTL_DAYS) or its user inactive → null. */
export async function authenticateToken(deps: AppDeps, token: string): Promise<AuthContext | null> {
  const tokens = tokensRepository(deps.db.kysely);
  const found = await tokens.findWithUser(hashToken(token));
  if (!found || !toBool(found.user.is_active)) return null;
  const ttlDays = deps.config.tokenTtlDays;
  if (ttlDays !== null && found.lastUsedAt < isoSecondsAgo(ttlDays * 86_400)) {
    await tokens.delete(found.tokenId);
    return null;
  }
  if (found.lastUsedAt < isoSecondsAgo(TOUCH_INTERVAL_SECONDS)) await tokens.touch(found.tokenId, nowIso());
  return { user: found.user, tokenId: found.tokenId };
}

/** Every session of the user ends (password reset). */
export async function endAllSessions(db: Executor, userId: number): Promise<void> {
  await tokensRepository(db).deleteAllForUserExcept(userId, null);
}

export async function logout(deps: AppDeps, actor: Actor): Promise<void> {
  await tokensRepository(deps.db.kysely).delete(actor.tokenId);
}

export const currentUser = (deps: AppDeps, actor: Actor) => toUser(deps.db.kysely, actor.user);

/** Names, phone, title and time zone freely; username and email only with the current password. */
export async function updateProfile(deps: AppDeps, actor: Actor, body: ProfileInput): Promise<User> {
  const user = actor.user;
  const changesIdentity =
    (body.username !== undefined && body.username !== user.username) ||
    (body.email !== undefined && body.email !== user.email);
  if (changesIdentity) {
    if (!body.current_password)
      throw fieldError('current_password', 'Enter your current password to change your username or email.');
    if (!(await verifyPassword(body.current_password, user.password_hash))) {
      throw fieldError('current_password', 'Your current password is incorrect.');
    }
  }
  return deps.db.kysely.transaction().execute(async (trx) => {
    if (changesIdentity) await assertAvailable(trx, body.username, body.email, user.id);
    const { current_password: _ignored, ...fields } = body;
    const values = definedOnly(fields);
    const updated = await updateUser(trx, user.id, { ...values, updated_at: nowIso() });
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'update',
      resourceType: 'user',
      resourceId: user.id,
      changes: diff(user, updated),
      ip: actor.ip,
    });
    return toUser(trx, updated);
  });
}

/** Every other token of the user dies; the one that made the change keeps working. */
export async function changePassword(deps: AppDeps, actor: Actor, body: PasswordInput): Promise<void> {
  const user = actor.user;
  if (!(await verifyPassword(body.old_password, user.password_hash))) {
    throw fieldError('old_password', 'Your old password was entered incorrectly.');
  }
  assertStrongPassword('new_password', body.new_password, user);
  const passwordHash = await hashPassword(body.new_password);
  await deps.db.kysely.transaction().execute(async (trx) => {
    await setPasswordHash(trx, user.id, passwordHash);
    await tokensRepository(trx).deleteAllForUserExcept(user.id, actor.tokenId);
    await recordAudit(trx, {
      organizationId: null,
      userId: user.id,
      action: 'change_password',
      resourceType: 'user',
      resourceId: user.id,
      ip: actor.ip,
    });
  });
}
