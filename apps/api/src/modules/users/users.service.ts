import type { Executor } from '../../db/connection.js';
import type { NewUser, UserRow, UserUpdate } from '../../db/database.js';
import { nowIso } from '../../core/time.js';
import { usersRepository } from './users.repository.js';

/** The user's default organization: where a client that sends no X-Organization-ID lands. */
export async function setDefaultOrganization(db: Executor, userId: number, organizationId: number): Promise<void> {
  await usersRepository(db).update(userId, { default_organization_id: organizationId, updated_at: nowIso() });
}

/** SQLite keeps no foreign key from users to organizations, so a deleted organization is cleared here. */
export async function clearDefaultOrganization(db: Executor, organizationId: number): Promise<void> {
  await usersRepository(db).clearDefaultOrganization(organizationId);
}

export function findUserById(db: Executor, id: number): Promise<UserRow | undefined> {
  return usersRepository(db).findById(id);
}

/** Case-insensitive, as the unique index compares emails (a validated email always holds an '@'). */
export function findUserByEmail(db: Executor, email: string): Promise<UserRow | undefined> {
  return usersRepository(db).findByLogin(email);
}

/** A user by username or email, compared case-insensitively (a login name with '@' is an email). */
export function findUserByLogin(db: Executor, login: string): Promise<UserRow | undefined> {
  return usersRepository(db).findByLogin(login);
}

/** Which of a username and an email already belong to another account than `exceptId`. */
export function findUserConflicts(
  db: Executor,
  username: string | undefined,
  email: string | undefined,
  exceptId?: number,
) {
  return usersRepository(db).findConflicts(username, email, exceptId);
}

export function updateUser(db: Executor, userId: number, values: UserUpdate): Promise<UserRow> {
  return usersRepository(db).update(userId, values);
}

export function createUser(db: Executor, values: NewUser): Promise<UserRow> {
  return usersRepository(db).create(values);
}

export async function setPasswordHash(db: Executor, userId: number, passwordHash: string): Promise<void> {
  await usersRepository(db).update(userId, { password_hash: passwordHash, updated_at: nowIso() });
}

export async function clearDefaultOrganizationOf(db: Executor, userId: number, organizationId: number): Promise<void> {
  await usersRepository(db).clearDefaultOrganizationOf(userId, organizationId);
}
