import { expect, test, type Locator, type Page, type TestInfo } from '@playwright/test';
import {
  apiAs,
  expectDashboardFor,
  logInThroughPage,
  seedDemoOrganization,
  signUpThroughPage,
  uniqueUser,
} from './helpers';

const isoDate = (date: Date) => date.toISOString().slice(0, 10);
const daysFromNow = (days: number) => new Date(Date.now() + days * 86_400_000);

/** Customers, leads, open deals across stages, two won and one lost, and tasks for the Owner. */
async function addSalesData(page: Page, suffix: string): Promise<void> {
  const api = await apiAs(page);
  const employees = await api.get<{ results: { id: number }[] }>('employees/');
  const ownerEmployee = employees.results[0]?.id;
  const pipelines = await api.get<{ results: { is_default: boolean; stages: { id: number; name: string }[] }[] }>(
    'pipelines/',
  );
  const stages = pipelines.results.find((pipeline) => pipeline.is_default)?.stages ?? [];
  const stageId = (name: string) => stages.find((stage) => stage.name === name)?.id;

  const customer = await api.post<{ id: number }>('customers/', { name: `Northwind ${suffix}` });
  await api.post('customers/', { name: `Globex ${suffix}` });
  for (const company of ['Initech', 'Umbrella', 'Hooli']) await api.post('leads/', { company: `${company} ${suffix}` });

  const deal = (title: string, value: string, stage: string, closeInDays: number) =>
    api.post<{ id: number }>('deals/', {
      title,
      customer_id: customer.id,
      value,
      stage_id: stageId(stage),
      assigned_to: ownerEmployee,
      expected_close_date: isoDate(daysFromNow(closeInDays)),
    });
  await deal('Warehouse racking', '4800.00', 'Qualification', 20);
  await deal('Forklift lease', '12500.50', 'Proposal', 45);
  await deal('Dock doors', '7300.00', 'Negotiation', 70);
  const won = [
    await deal('Loading ramps', '9100.00', 'Proposal', 5),
    await deal('Pallet jacks', '2250.25', 'Proposal', 8),
  ];
  for (const { id } of won) await api.post(`deals/${String(id)}/mark_won/`);
  const lost = await deal('Conveyor belt', '15000.00', 'Qualification', 30);
  await api.post(`deals/${String(lost.id)}/mark_lost/`, { lost_reason: 'Went with a competitor' });

  await api.post('activities/', {
    type: 'task',
    subject: `Send the revised quote ${suffix}`,
    customer_id: customer.id,
    assigned_to: ownerEmployee,
    due_at: daysFromNow(-1).toISOString(),
  });
  await api.post('activities/', { type: 'call', subject: `Intro call ${suffix}`, customer_id: customer.id });
}

async function expectChartDrawn(card: Locator): Promise<void> {
  await expect(card).toBeVisible();
  await expect(card.locator('svg.chart-surface')).toBeVisible();
  // The table alternative is in the page for screen readers, with a row per category.
  expect(await card.getByRole('table').getByRole('row').count()).toBeGreaterThan(1);
}

async function screenshot(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  const path = testInfo.outputPath(`${name}.png`);
  await page.screenshot({ path, fullPage: true });
  await testInfo.attach(name, { path, contentType: 'image/png' });
}

async function switchToDarkMode(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Switch to dark mode' }).click();
  await expect(page.locator('html')).toHaveClass(/dark/);
}

test('a new organization gets first steps, and the first one opens the new customer dialog', async ({
  page,
}, testInfo) => {
  const user = uniqueUser('firststeps');
  await signUpThroughPage(page, user, `Fresh Start ${user.suffix}`);

  await expect(page.getByRole('heading', { name: 'First steps' })).toBeVisible();
  await expect(page.getByTestId('kpi-revenue')).toHaveCount(0);
  await expect(page.getByRole('link', { name: /Invite the team/ })).toHaveAttribute('href', '/settings/team');
  await screenshot(page, testInfo, 'dashboard-first-steps');

  await page.getByRole('link', { name: /Add a customer/ }).click();
  await expect(page.getByRole('dialog', { name: 'New customer' })).toBeVisible();
  await expect(page).toHaveURL(/\/customers$/);
});

test('the dashboard and the analytics page draw their charts, in light and dark mode', async ({ page }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const user = uniqueUser('analytics');
  await signUpThroughPage(page, user, `Chart Works ${user.suffix}`);
  await addSalesData(page, user.suffix);

  await page.goto('/');
  await expect(page.getByTestId('kpi-revenue')).toContainText('11,350.25');
  await expect(page.getByTestId('kpi-deals-won')).toContainText('2');
  await expect(page.getByTestId('kpi-open-deals')).toContainText('3');
  await expect(page.getByTestId('kpi-win-rate')).toContainText('66.7%');
  await expect(page.getByTestId('my-tasks-overdue')).toContainText('1');
  await expectChartDrawn(page.getByTestId('revenue-by-month-card'));
  await expectChartDrawn(page.getByTestId('funnel-card'));
  await expectChartDrawn(page.getByTestId('pipeline-by-stage-card'));
  await expect(page.getByRole('link', { name: `Intro call ${user.suffix}` })).toHaveAttribute(
    'href',
    /^\/customers\/\d+$/,
  );
  await screenshot(page, testInfo, 'dashboard-light');

  // The period lives in the URL and survives a reload.
  await page.getByText('This year', { exact: true }).click();
  await expect(page).toHaveURL(/\?period=year$/);
  await page.reload();
  await expect(page.getByRole('radio', { name: 'This year' })).toBeChecked();
  await expect(page.getByTestId('kpi-revenue')).toContainText('11,350.25');

  await switchToDarkMode(page);
  await expectChartDrawn(page.getByTestId('revenue-by-month-card'));
  await screenshot(page, testInfo, 'dashboard-dark');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Analytics' })).toBeVisible();
  await expectChartDrawn(page.getByTestId('revenue-by-period-card'));
  await expectChartDrawn(page.getByTestId('sales-funnel-card'));
  await expectChartDrawn(page.getByTestId('forecast-card'));
  const leaderboard = page.getByRole('table', { name: 'Employee leaderboard' });
  await expect(leaderboard.getByTestId('leaderboard-row')).toHaveCount(1);
  await expect(leaderboard.getByTestId('leaderboard-row')).toContainText('11,350.25');
  await screenshot(page, testInfo, 'analytics-dark');

  await page.getByText('Week', { exact: true }).click();
  await expect(page).toHaveURL(/granularity=week/);
  await expectChartDrawn(page.getByTestId('revenue-by-period-card'));

  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await screenshot(page, testInfo, 'analytics-light');
});

test('the demo organization draws every chart of the dashboard and analytics page, in light and dark mode', async ({
  page,
}, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 1000 });
  const { owner } = seedDemoOrganization();
  await page.goto('/login');
  await logInThroughPage(page, owner.username, owner.password);
  await expectDashboardFor(page, 'Demo Company');
  for (const card of ['revenue-by-month-card', 'funnel-card', 'pipeline-by-stage-card']) {
    await expectChartDrawn(page.getByTestId(card));
  }
  await screenshot(page, testInfo, 'demo-dashboard-light');
  await switchToDarkMode(page);
  await expectChartDrawn(page.getByTestId('pipeline-by-stage-card'));
  await screenshot(page, testInfo, 'demo-dashboard-dark');

  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Analytics' }).click();
  for (const card of ['revenue-by-period-card', 'sales-funnel-card', 'forecast-card']) {
    await expectChartDrawn(page.getByTestId(card));
  }
  await screenshot(page, testInfo, 'demo-analytics-dark');
  await page.getByRole('button', { name: 'Switch to light mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/dark/);
  await screenshot(page, testInfo, 'demo-analytics-light');
});
