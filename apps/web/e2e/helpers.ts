import { execFileSync } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { expect, type Page } from '@playwright/test';

export interface TestUser {
  username: string;
  email: string;
  password: string;
  firstName: string;
  lastName: string;
  suffix: string;
}

/** A user no earlier run has registered: usernames and emails are unique across the database. */
export function uniqueUser(prefix = 'e2e'): TestUser {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1e6).toString(36)}`;
  return {
    username: `${prefix}_${suffix}`,
    email: `${prefix}.${suffix}@example.test`,
    password: `Quiet-harbor-${suffix}-42`,
    firstName: 'Erin',
    lastName: 'Tester',
    suffix,
  };
}

export async function signUpThroughPage(page: Page, user: TestUser, organizationName: string): Promise<void> {
  await page.goto('/signup');
  await page.getByLabel(/^First name/).fill(user.firstName);
  await page.getByLabel(/^Last name/).fill(user.lastName);
  await page.getByLabel(/^Username/).fill(user.username);
  await page.getByLabel(/^Email/).fill(user.email);
  await page.getByLabel(/^Password/).fill(user.password);
  await page.getByLabel(/^Organization name/).fill(organizationName);
  await page.getByRole('button', { name: 'Create account' }).click();
  await expectDashboardFor(page, organizationName);
}

export async function logInThroughPage(page: Page, login: string, password: string): Promise<void> {
  await page.getByLabel(/^Username or email/).fill(login);
  await page.getByLabel(/^Password/).fill(password);
  await page.getByRole('button', { name: 'Log in' }).click();
}

export async function expectDashboardFor(page: Page, organizationName: string): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await expect(page.getByTestId('active-organization-name')).toHaveText(organizationName);
}

export async function openOrganizationSwitcher(page: Page): Promise<void> {
  await page.getByRole('button', { name: /switch organization/i }).click();
}

export async function switchOrganization(page: Page, organizationName: string): Promise<void> {
  await openOrganizationSwitcher(page);
  await page.getByRole('menuitemradio', { name: new RegExp(escapeRegExp(organizationName)) }).click();
  await expect(page.getByTestId('active-organization-name')).toHaveText(organizationName);
}

export async function createOrganizationThroughSwitcher(page: Page, organizationName: string): Promise<void> {
  await openOrganizationSwitcher(page);
  await page.getByRole('menuitem', { name: 'New organization' }).click();
  const dialog = page.getByRole('dialog', { name: 'New organization' });
  await dialog.getByLabel(/^Name/).fill(organizationName);
  await dialog.getByRole('button', { name: 'Create organization' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('active-organization-name')).toHaveText(organizationName);
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export type DemoRole = 'owner' | 'admin' | 'manager' | 'employee' | 'client';
export type DemoCredentials = Record<DemoRole, { username: string; password: string }>;

function runCli(command: string): string {
  return execFileSync(process.execPath, ['../api/dist/cli.js', command], {
    env: { ...process.env, DATABASE_URL: `sqlite:${process.env.E2E_DATABASE_FILE ?? ''}`, LOG_LEVEL: 'warn' },
    encoding: 'utf8',
  });
}

/**
 * The demo organization in the suite's database, seeded the way `npm run db:seed` does it. Only the
 * first spec file to ask seeds it; later ones get new passwords (which ends the demo accounts'
 * earlier sessions), since the seed prints its passwords only once.
 */
export function seedDemoOrganization(): DemoCredentials {
  let output = runCli('seed');
  if (/already exists/.test(output)) output = runCli('demo:reset-passwords');
  const credentials: Partial<DemoCredentials> = {};
  for (const role of ['owner', 'admin', 'manager', 'employee', 'client'] as const) {
    const match = new RegExp(`^\\s*${role}\\s+(\\S+)\\s+(\\S+)\\s*$`, 'm').exec(output);
    if (!match?.[1] || !match[2]) throw new Error(`No ${role} credentials in the seed output:\n${output}`);
    credentials[role] = { username: match[1], password: match[2] };
  }
  return credentials as DemoCredentials;
}

export interface OutboxMessage {
  to: string;
  subject: string;
  text: string;
  sent_at: string;
}

/** The newest email to `address` in the API's outbox file (MAIL_OUTBOX), waiting for it to arrive. */
export async function emailTo(address: string): Promise<OutboxMessage> {
  const outbox = process.env.E2E_MAIL_OUTBOX;
  if (!outbox) throw new Error('E2E_MAIL_OUTBOX is not set: run through playwright.config.ts');
  let message: OutboxMessage | undefined;
  await expect
    .poll(
      async () => {
        const content = await readFile(outbox, 'utf8').catch(() => '');
        message = content
          .split('\n')
          .filter((line) => line.trim() !== '')
          .map((line) => JSON.parse(line) as OutboxMessage)
          .filter((candidate) => candidate.to.toLowerCase() === address.toLowerCase())
          .at(-1);
        return message !== undefined;
      },
      { message: `an email to ${address} in the outbox` },
    )
    .toBe(true);
  return message as OutboxMessage;
}

/** The first link to `/<path>/…` in an email: an invitation, a password reset. */
export function linkIn(message: OutboxMessage, path: string): string {
  const match = new RegExp(`https?://\\S+/${path}/\\S+`).exec(message.text);
  if (!match) throw new Error(`No /${path}/ link in: ${message.text}`);
  return match[0];
}

/** Opens a page from the sidebar and waits for its heading. */
export async function openFromSidebar(page: Page, label: string | RegExp, heading = String(label)): Promise<void> {
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: label, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: heading })).toBeVisible();
}

/** Calls the API as the user signed in on `page`, with the token the app keeps in localStorage. */
export async function apiAs(page: Page) {
  const token = await page.evaluate(() => localStorage.getItem('authToken'));
  expect(token).toBeTruthy();
  const headers = { Authorization: `Token ${String(token)}` };
  return {
    async post<T>(path: string, data: unknown = {}): Promise<T> {
      const response = await page.request.post(`/api/${path}`, { headers, data });
      expect(response.ok(), `POST /api/${path}: ${await response.text()}`).toBe(true);
      return (await response.json()) as T;
    },
    async get<T>(path: string): Promise<T> {
      const response = await page.request.get(`/api/${path}`, { headers });
      expect(response.ok(), `GET /api/${path}`).toBe(true);
      return (await response.json()) as T;
    },
  };
}
