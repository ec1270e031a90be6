import { randomBytes } from 'node:crypto';
import type { StaffRole } from '@crm/contracts';
import type { Config } from '../../config.js';
import type { AppDeps } from '../../core/context.js';
import { hashPassword } from '../../core/passwords.js';
import { nowIso, systemClock } from '../../core/time.js';
import {
  createUser,
  findUserByLogin,
  findUserConflicts,
  setDefaultOrganization,
  setPasswordHash,
} from '../users/users.service.js';
import { endAllSessions } from '../auth/auth.service.js';
import { addStaffMember, createOrganizationWithOwner } from '../organizations/organizations.service.js';
import { metaRepository } from './meta.repository.js';
import { seedDemoSales } from './demo-sales.js';
import { createMailer } from '../../core/mailer.js';
import type { UserRow } from '../../db/database.js';
import { findEmployeeOfUser } from '../employees/employees.service.js';

const DEMO_META_KEY = 'demo_data_created_at';
export const DEMO_ORGANIZATION_NAME = 'Demo Company';

const DEMO_PEOPLE: { role: StaffRole; username: string; first: string; last: string; title: string }[] = [
  { role: 'owner', username: 'demo-owner', first: 'Olivia', last: 'Owner', title: 'Founder' },
  { role: 'admin', username: 'demo-admin', first: 'Adam', last: 'Admin', title: 'Operations lead' },
  { role: 'manager', username: 'demo-manager', first: 'Maya', last: 'Manager', title: 'Sales manager' },
  { role: 'employee', username: 'demo-employee', first: 'Eli', last: 'Employee', title: 'Account executive' },
];

/** The portal login of the first demo customer (client mode), beside the staff accounts. */
const DEMO_CLIENT_USERNAME = 'demo-client';

export interface DemoCredential {
  role: StaffRole | 'client';
  username: string;
  email: string;
  password: string;
}

/** Zero-configuration start (no DATABASE_URL) gets demo data unless DEMO_DATA=off; elsewhere only with on. */
export const wantsDemoData = (config: Config): boolean =>
  config.demoData === 'on' || (config.demoData === 'auto' && config.isDatabaseUrlDefault);

/** Random, printable, and strong enough to pass the password rules. */
const randomPassword = () => `${randomBytes(12).toString('base64url')}7a`;

/**
 * Creates the demo organization with one user per staff role, once per database (a meta row
 * remembers it). Returns the credentials to print, or null when it already exists.
 */
export async function seedDemoData(deps: Pick<AppDeps, 'db' | 'config'>): Promise<DemoCredential[] | null> {
  const db = deps.db.kysely;
  if (await metaRepository(db).get(DEMO_META_KEY)) return null;
  const people = await Promise.all(
    DEMO_PEOPLE.map(async (person) => {
      const password = randomPassword();
      return { ...person, password, hash: await hashPassword(password) };
    }),
  );
  const created = await db.transaction().execute(async (trx) => {
    const now = nowIso();
    const credentials: DemoCredential[] = [];
    let owner: { userId: number; user: UserRow; organizationId: number; employeeIds: number[] } | null = null;
    for (const person of people) {
      const suffix = (await findUserConflicts(trx, person.username, `${person.username}@demo.example.com`)).username
        ? `-${randomBytes(2).toString('hex')}`
        : '';
      const username = `${person.username}${suffix}`;
      const user = await createUser(trx, {
        username,
        email: `${username}@demo.example.com`,
        password_hash: person.hash,
        first_name: person.first,
        last_name: person.last,
        title: person.title,
        timezone: 'UTC',
        is_active: true,
        created_at: now,
        updated_at: now,
      });
      if (owner === null) {
        const organization = await createOrganizationWithOwner(trx, user, { name: DEMO_ORGANIZATION_NAME }, null);
        owner = { userId: user.id, user, organizationId: organization.id, employeeIds: [] };
      } else {
        await addStaffMember(
          trx,
          owner.organizationId,
          user,
          person.role as Exclude<StaffRole, 'owner'>,
          owner.userId,
          null,
        );
      }
      const employee = await findEmployeeOfUser(trx, owner.organizationId, user.id);
      if (employee) owner.employeeIds.push(employee.id);
      await setDefaultOrganization(trx, user.id, owner.organizationId);
      credentials.push({ role: person.role, username, email: user.email, password: person.password });
    }
    await metaRepository(trx).set(DEMO_META_KEY, now, now);
    return { credentials, owner };
  });
  if (created.owner) {
    const taken = (await findUserConflicts(db, DEMO_CLIENT_USERNAME, `${DEMO_CLIENT_USERNAME}@demo.example.com`))
      .username;
    const username = taken ? `${DEMO_CLIENT_USERNAME}-${randomBytes(2).toString('hex')}` : DEMO_CLIENT_USERNAME;
    const client = { username, email: `${username}@demo.example.com`, password: randomPassword() };
    const { user, organizationId, employeeIds } = created.owner;
    await seedDemoSales(withMailer(deps), user, organizationId, employeeIds, client);
    created.credentials.push({ role: 'client', ...client });
  }
  return created.credentials;
}

/**
 * New passwords for the demo accounts, when the ones printed at the first start are lost. Every
 * session of those accounts ends. Returns nothing when the database holds no demo data.
 */
export async function resetDemoPasswords(deps: Pick<AppDeps, 'db'>): Promise<DemoCredential[]> {
  const db = deps.db.kysely;
  const credentials: DemoCredential[] = [];
  const logins = [...DEMO_PEOPLE, { role: 'client' as const, username: DEMO_CLIENT_USERNAME }];
  for (const person of logins) {
    const user = await findUserByLogin(db, `${person.username}@demo.example.com`);
    if (!user) continue;
    const password = randomPassword();
    const hash = await hashPassword(password);
    await db.transaction().execute(async (trx) => {
      await setPasswordHash(trx, user.id, hash);
      await endAllSessions(trx, user.id);
    });
    credentials.push({ role: person.role, username: user.username, email: user.email, password });
  }
  return credentials;
}

const withMailer = (deps: Pick<AppDeps, 'db' | 'config'>): AppDeps => ({
  ...deps,
  mailer: createMailer(deps.config),
  clock: systemClock,
});

/** Printed straight to the terminal, once, never through the logger. */
export function printDemoCredentials(
  credentials: DemoCredential[],
  publicUrl: string,
  heading = 'Demo organization created: "Demo Company".',
): void {
  const lines = [
    '',
    `  ${heading} These passwords are shown only now:`,
    '',
    ...credentials.map((c) => `    ${c.role.padEnd(9)} ${c.username.padEnd(22)} ${c.password}`),
    '',
    `  Sign in at ${publicUrl}/login with a username (or its email) and password.`,
    ...(credentials.some((c) => c.role === 'client')
      ? ['  The client is the portal login of the customer Northwind Traders: it opens client mode.']
      : []),
    '',
  ];
  process.stdout.write(`${lines.join('\n')}\n`);
}
