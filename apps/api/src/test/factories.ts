import type { FastifyInstance } from 'fastify';
import type { RegisterResponse, StaffRole } from '@crm/contracts';
import type { Db } from '../db/connection.js';
import { addStaffMember } from '../modules/organizations/organizations.service.js';
import { usersRepository } from '../modules/users/users.repository.js';

let sequence = 0;

export const STRONG_PASSWORD = 'Correct-Horse-42';

export interface Registered extends RegisterResponse {
  password: string;
}

/** Registers a user (and their organization) through the API, as a person signing up would. */
export async function registerUser(
  app: FastifyInstance,
  overrides: Partial<{ username: string; email: string; password: string; organization_name: string; first_name: string }> = {},
): Promise<Registered> {
  sequence += 1;
  const suffix = `${process.pid}${sequence}`;
  const body = {
    username: `user${suffix}`,
    email: `user${suffix}@example.com`,
    password: STRONG_PASSWORD,
    organization_name: `Org ${suffix}`,
    ...overrides,
  };
  const response = await app.inject({ method: 'POST', url: '/api/users/', payload: body });
  if (response.statusCode !== 201) throw new Error(`register failed: ${response.statusCode} ${response.body}`);
  return { ...(response.json<RegisterResponse>()), password: body.password };
}

/**
 * Puts an existing user into an organization with a staff role. The members API arrives with the
 * Team issue; until then tests use the same service the demo data uses.
 */
export async function addMember(db: Db, organizationId: number, userId: number, role: Exclude<StaffRole, 'owner'>) {
  const user = await usersRepository(db.kysely).findById(userId);
  if (!user) throw new Error(`no user ${userId}`);
  await db.kysely.transaction().execute((trx) => addStaffMember(trx, organizationId, user, role, userId, null));
}
