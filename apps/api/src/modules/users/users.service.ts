import type { Executor } from '../../db/connection.js';
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
