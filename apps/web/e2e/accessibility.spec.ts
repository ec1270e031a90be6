import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type BrowserContext, type Page } from '@playwright/test';
import { seedDemoOrganization, type DemoCredentials } from './helpers';

/**
 * axe on every page of the app, signed out, as the demo Owner (admin mode) and as the demo client
 * (client mode), each in light and dark mode: a serious or critical WCAG 2.1 A/AA finding fails.
 * The demo organization is seeded once; each group of pages signs in through a stored token.
 */

// Each test scans up to ten pages twice (light, dark): more than the default 30 s on a busy machine.
test.describe.configure({ timeout: 120_000 });

type ColorScheme = 'light' | 'dark';
type StorageState = Exclude<Parameters<Browser['newContext']>[0], undefined>['storageState'];

interface Finding {
  page: string;
  mode: ColorScheme;
  rule: string;
  impact: string;
  help: string;
  targets: string[];
}

const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const FAILING_IMPACTS = new Set(['serious', 'critical']);

let credentials: DemoCredentials;
let ownerState: StorageState;
let clientState: StorageState;
const ids = {
  customer: 0,
  lead: 0,
  deal: 0,
  order: 0,
  issue: 0,
  vendor: 0,
  employee: 0,
  clientOrder: 0,
  clientIssue: 0,
};

test.beforeAll(async ({ playwright }, testInfo) => {
  const baseURL = testInfo.project.use.baseURL ?? '';
  credentials = seedDemoOrganization();
  const api = await playwright.request.newContext({ baseURL });
  const signIn = async (login: { username: string; password: string }) => {
    const response = await api.post('/api/auth/login/', { data: login });
    expect(response.ok(), `log in as ${login.username}: ${await response.text()}`).toBe(true);
    return ((await response.json()) as { token: string }).token;
  };
  const firstId = async (token: string, path: string) => {
    const response = await api.get(`/api/${path}`, { headers: { Authorization: `Token ${token}` } });
    expect(response.ok(), `GET /api/${path}`).toBe(true);
    const { results } = (await response.json()) as { results: { id: number }[] };
    const id = results[0]?.id;
    if (id === undefined) throw new Error(`The demo organization has nothing at /api/${path}`);
    return id;
  };
  // The demo data has no vendors: the spec adds one (once; later runs of this file find it).
  const vendorId = async (token: string) => {
    const existing = await api.get('/api/vendors/', { headers: { Authorization: `Token ${token}` } });
    const { results } = (await existing.json()) as { results: { id: number }[] };
    if (results[0]) return results[0].id;
    const created = await api.post('/api/vendors/', {
      headers: { Authorization: `Token ${token}` },
      data: { name: 'Acme Packaging', company_name: 'Acme Packaging Ltd', email: 'orders@acme-packaging.example.com' },
    });
    expect(created.ok(), `POST /api/vendors/: ${await created.text()}`).toBe(true);
    return ((await created.json()) as { id: number }).id;
  };
  const ownerToken = await signIn(credentials.owner);
  const clientToken = await signIn(credentials.client);
  ids.customer = await firstId(ownerToken, 'customers/?search=Northwind');
  ids.lead = await firstId(ownerToken, 'leads/');
  ids.deal = await firstId(ownerToken, 'deals/');
  ids.order = await firstId(ownerToken, 'orders/');
  ids.issue = await firstId(ownerToken, 'issues/');
  ids.vendor = await vendorId(ownerToken);
  ids.employee = await firstId(ownerToken, 'employees/');
  ids.clientOrder = await firstId(clientToken, 'orders/');
  ids.clientIssue = await firstId(clientToken, 'issues/');
  await api.dispose();
  const stateWith = (token: string): StorageState => ({
    cookies: [],
    origins: [{ origin: new URL(baseURL).origin, localStorage: [{ name: 'authToken', value: token }] }],
  });
  ownerState = stateWith(ownerToken);
  clientState = stateWith(clientToken);
});

/** Waits until the page has loaded its data: no skeletons, and finite animations (dialogs, fades) done. */
async function settle(page: Page): Promise<void> {
  await expect(page.locator('[aria-busy="true"]')).toHaveCount(0);
  await page.evaluate(async () => {
    const finite = document
      .getAnimations()
      .filter((animation) => animation.effect?.getComputedTiming().iterations !== Infinity);
    await Promise.all(finite.map((animation) => animation.finished.catch(() => undefined)));
  });
}

async function setColorScheme(page: Page, mode: ColorScheme): Promise<void> {
  // The app follows the system colour scheme until someone picks one with the header's toggle.
  await page.emulateMedia({ colorScheme: mode });
  if (mode === 'dark') await expect(page.locator('html')).toHaveClass(/\bdark\b/);
  else await expect(page.locator('html')).not.toHaveClass(/\bdark\b/);
}

async function scan(page: Page, name: string, mode: ColorScheme, include?: string): Promise<Finding[]> {
  let builder = new AxeBuilder({ page })
    .withTags(WCAG_TAGS)
    // WCAG 2.5.3 Label in Name (level A): axe keeps this rule experimental, so it runs only when asked.
    .options({ rules: { 'label-content-name-mismatch': { enabled: true } } });
  if (include) builder = builder.include(include);
  const { violations } = await builder.analyze();
  return violations
    .filter((violation) => FAILING_IMPACTS.has(violation.impact ?? ''))
    .map((violation) => ({
      page: name,
      mode,
      rule: violation.id,
      impact: violation.impact ?? '',
      help: violation.help,
      // The selector and the element's opening tag, enough to find it in the code.
      targets: violation.nodes.map((node) => `${node.target.join(' ')}  ${node.html.slice(0, 160)}`),
    }));
}

function describeFindings(findings: Finding[]): string {
  if (findings.length === 0) return 'no serious or critical axe findings';
  const lines = findings.map(
    (finding) =>
      `- [${finding.impact}] ${finding.rule} on ${finding.page} (${finding.mode}): ${finding.help}\n` +
      finding.targets.map((target) => `    ${target}`).join('\n'),
  );
  return `${String(findings.length)} serious or critical axe findings:\n${lines.join('\n')}`;
}

interface PageVisit {
  name: string;
  path: string;
}

/** Opens each page, checks its landmarks and headings, and scans it in light and then dark mode. */
async function checkPages(page: Page, visits: PageVisit[]): Promise<void> {
  const findings: Finding[] = [];
  for (const visit of visits) {
    await test.step(visit.name, async () => {
      await setColorScheme(page, 'light');
      await page.goto(visit.path);
      await expect(page.locator('h1'), `${visit.name} has exactly one h1`).toHaveCount(1);
      await expect(page.getByRole('main'), `${visit.name} has one main landmark`).toHaveCount(1);
      await settle(page);
      findings.push(...(await scan(page, visit.name, 'light')));
      await setColorScheme(page, 'dark');
      await settle(page);
      findings.push(...(await scan(page, visit.name, 'dark')));
    });
  }
  expect(findings, describeFindings(findings)).toEqual([]);
}

async function signedInPage(browser: Browser, storageState: StorageState): Promise<[BrowserContext, Page]> {
  const context = await browser.newContext({ storageState, colorScheme: 'light' });
  return [context, await context.newPage()];
}

/** Signed in with the stored token, visits the pages in a context of their own. */
async function checkPagesAs(browser: Browser, storageState: StorageState, visits: PageVisit[]): Promise<void> {
  const [context, page] = await signedInPage(browser, storageState);
  await checkPages(page, visits);
  await context.close();
}

test('signed-out pages', async ({ page }) => {
  await checkPages(page, [
    { name: 'log in', path: '/login' },
    { name: 'sign up', path: '/signup' },
    { name: 'forgot password', path: '/forgot-password' },
    { name: 'reset password (bad token)', path: '/reset-password/not-a-real-token' },
    { name: 'accept invitation (bad token)', path: '/accept-invitation/not-a-real-token' },
  ]);
});

test.describe('admin mode as the demo Owner', () => {
  test('sales pages', async ({ browser }) => {
    await checkPagesAs(browser, ownerState, [
      { name: 'dashboard', path: '/' },
      { name: 'my work', path: '/my-work' },
      { name: 'customers', path: '/customers' },
      { name: 'customer detail', path: `/customers/${String(ids.customer)}` },
      { name: 'leads', path: '/leads' },
      { name: 'lead detail', path: `/leads/${String(ids.lead)}` },
      { name: 'deals board', path: '/deals' },
      { name: 'deals table', path: '/deals?view=table' },
      { name: 'deal detail', path: `/deals/${String(ids.deal)}` },
      { name: 'activities', path: '/activities' },
    ]);
  });

  test('orders, payments, issues, vendors and employees', async ({ browser }) => {
    await checkPagesAs(browser, ownerState, [
      { name: 'orders', path: '/orders' },
      { name: 'order detail', path: `/orders/${String(ids.order)}` },
      { name: 'new order', path: '/orders/new' },
      { name: 'payments', path: '/payments' },
      { name: 'issues', path: '/issues' },
      { name: 'issue detail', path: `/issues/${String(ids.issue)}` },
      { name: 'vendors', path: '/vendors' },
      { name: 'vendor detail', path: `/vendors/${String(ids.vendor)}` },
      { name: 'employees', path: '/employees' },
      { name: 'employee detail', path: `/employees/${String(ids.employee)}` },
    ]);
  });

  test('analytics, settings and profile', async ({ browser }) => {
    await checkPagesAs(browser, ownerState, [
      { name: 'analytics', path: '/analytics' },
      { name: 'organization settings', path: '/settings/organization' },
      { name: 'team', path: '/settings/team' },
      { name: 'pipelines', path: '/settings/pipelines' },
      { name: 'audit log', path: '/settings/audit-log' },
      { name: 'profile', path: '/profile' },
      { name: 'not found', path: '/no-such-page' },
    ]);
  });

  test('a dialog and the header menus, and focus returns to the button that opened the dialog', async ({ browser }) => {
    const [context, page] = await signedInPage(browser, ownerState);
    const findings: Finding[] = [];
    await page.goto('/customers');
    await settle(page);
    for (const mode of ['light', 'dark'] as const) {
      await setColorScheme(page, mode);
      const opener = page.getByRole('button', { name: 'New customer' });
      await opener.click();
      const dialog = page.getByRole('dialog', { name: 'New customer' });
      await expect(dialog).toBeVisible();
      await expect(dialog.getByRole('heading', { name: 'New customer' })).toBeVisible();
      await settle(page);
      findings.push(...(await scan(page, 'new customer dialog', mode)));
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(opener, 'focus returns to "New customer" after Escape').toBeFocused();

      for (const menu of [
        { name: 'organization switcher', trigger: page.getByRole('button', { name: /switch organization/i }) },
        { name: 'account menu', trigger: page.getByRole('button', { name: /account menu/i }) },
      ]) {
        await menu.trigger.click();
        await expect(page.getByRole('menu')).toBeVisible();
        await settle(page);
        findings.push(...(await scan(page, menu.name, mode, '[role="menu"]')));
        await page.keyboard.press('Escape');
        await expect(page.getByRole('menu')).toBeHidden();
        await expect(menu.trigger, `focus returns to the ${menu.name} after Escape`).toBeFocused();
      }
    }
    expect(findings, describeFindings(findings)).toEqual([]);
    await context.close();
  });
});

test('client mode as the demo client', async ({ browser }) => {
  await checkPagesAs(browser, clientState, [
    { name: 'portal home', path: '/' },
    { name: 'my orders', path: '/portal/orders' },
    { name: 'my order', path: `/portal/orders/${String(ids.clientOrder)}` },
    { name: 'my payments', path: '/portal/payments' },
    { name: 'my issues', path: '/portal/issues' },
    { name: 'my issue', path: `/portal/issues/${String(ids.clientIssue)}` },
    { name: 'profile (client)', path: '/profile' },
  ]);
});
