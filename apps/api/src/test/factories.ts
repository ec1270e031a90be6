import type { FastifyInstance, InjectOptions } from 'fastify';
import { call } from './test-app.js';
import type { RegisterResponse, StaffRole } from '@crm/contracts';
import type { Db } from '../db/connection.js';

let sequence = 0;

export const STRONG_PASSWORD = 'Correct-Horse-42';

export interface Registered extends RegisterResponse {
  password: string;
}

/** Registers a user (and their organization) through the API, as a person signing up would. */
export async function registerUser(
  app: FastifyInstance,
  overrides: Partial<{
    username: string;
    email: string;
    password: string;
    organization_name: string;
    first_name: string;
  }> = {},
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
  return { ...response.json<RegisterResponse>(), password: body.password };
}

/**
 * Puts an existing user into an organization the only way the product allows (PRODUCT §6): the
 * inviter (Owner or Admin) invites their email, and they accept the link while signed in.
 */
export async function addMember(
  app: FastifyInstance,
  inviterToken: string,
  organizationId: number,
  member: Pick<Registered, 'token' | 'user'>,
  role: Exclude<StaffRole, 'owner'>,
): Promise<void> {
  const invited = await call(app, inviterToken, {
    method: 'POST',
    url: `/api/organizations/${organizationId}/invitations/`,
    payload: { email: member.user.email, role },
  });
  if (invited.statusCode !== 201) throw new Error(`invite failed: ${invited.statusCode} ${invited.body}`);
  const token = String(invited.json().accept_url).split('/').at(-1) ?? '';
  const accepted = await call(app, member.token, { method: 'POST', url: `/api/invitations/${token}/accept/` });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
}

export interface TeamMember extends Registered {
  employeeId: number;
}

export interface Team {
  organizationId: number;
  owner: TeamMember;
  admin: TeamMember;
  manager: TeamMember;
  employee: TeamMember;
  /** Owner of another organization: every id of this team's organization must be 404 to them. */
  outsider: TeamMember;
}

async function employeeIdOf(db: Db, organizationId: number, userId: number): Promise<number> {
  const row = await db.kysely
    .selectFrom('employees')
    .select('id')
    .where('organization_id', '=', organizationId)
    .where('user_id', '=', userId)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An organization with one member per staff role, and an outsider with an organization of their own. */
export async function createTeam(app: FastifyInstance, db: Db): Promise<Team> {
  const owner = await registerUser(app);
  const organizationId = owner.organization.id;
  const members = {} as Record<'admin' | 'manager' | 'employee', TeamMember>;
  for (const role of ['admin', 'manager', 'employee'] as const) {
    const user = await registerUser(app);
    await addMember(app, owner.token, organizationId, user, role);
    // Their own sign-up organization stays the default; requests pick this one with the header.
    members[role] = { ...user, employeeId: await employeeIdOf(db, organizationId, user.user.id) };
  }
  const outsider = await registerUser(app);
  return {
    organizationId,
    owner: { ...owner, employeeId: await employeeIdOf(db, organizationId, owner.user.id) },
    ...members,
    outsider: { ...outsider, employeeId: await employeeIdOf(db, outsider.organization.id, outsider.user.id) },
  };
}

/** A request as `member`, in the team's organization (the outsider: in their own). */
export function asMember(
  app: FastifyInstance,
  team: Team,
  member: TeamMember,
  options: Omit<InjectOptions, 'headers'> & { headers?: Record<string, string> },
) {
  const org = member === team.outsider ? member.organization.id : team.organizationId;
  return call(app, member.token, { ...options, org });
}

let clientSequence = 0;

/**
 * A portal Client of `customerId`, the way a customer becomes one (PRODUCT §3): the Owner invites
 * them from the customer, and they accept the link with a new account.
 */
export async function createPortalClient(
  app: FastifyInstance,
  ownerToken: string,
  organizationId: number,
  customerId: number,
): Promise<{ token: string; userId: number }> {
  clientSequence += 1;
  const email = `client${process.pid}x${clientSequence}@example.com`;
  const invited = await call(app, ownerToken, {
    method: 'POST',
    url: `/api/customers/${customerId}/invite_to_portal/`,
    org: organizationId,
    payload: { email },
  });
  if (invited.statusCode !== 201) throw new Error(`invite_to_portal failed: ${invited.statusCode} ${invited.body}`);
  const token = String(invited.json().accept_url).split('/').at(-1) ?? '';
  const accepted = await app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept/`,
    payload: { username: `client${process.pid}x${clientSequence}`, password: STRONG_PASSWORD },
  });
  if (accepted.statusCode !== 200) throw new Error(`accept failed: ${accepted.statusCode} ${accepted.body}`);
  return { token: accepted.json().token as string, userId: accepted.json().user.id as number };
}

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * `as(member, 'POST', url, body)` and `ok(…)`, which fails the test unless the answer is a 2xx,
 * for a suite whose app and team are made in `beforeAll` (hence the getters).
 */
export function teamRequests(app: () => FastifyInstance, team: () => Team) {
  const as = (member: TeamMember, method: Method, url: string, payload?: object, on: Team = team()) =>
    asMember(app(), on, member, { method, url, ...(payload ? { payload } : {}) });
  async function ok<T = ReturnType<typeof JSON.parse>>(
    member: TeamMember,
    method: Method,
    url: string,
    payload?: object,
  ): Promise<T> {
    const res = await as(member, method, url, payload);
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    return res.statusCode === 204 ? ({} as T) : res.json<T>();
  }
  return { as, ok };
}
