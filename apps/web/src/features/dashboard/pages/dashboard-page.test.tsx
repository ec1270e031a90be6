import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { Dashboard, Role } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { ORGANIZATION } from '@/test/fixtures';
import { dashboardFixture, emptyDashboard } from '@/test/analytics-fixtures';
import { giveChartsASize } from '@/test/chart-size';
import DashboardPage from './dashboard-page';

let api: ReturnType<typeof mockApi> | undefined;

beforeEach(() => {
  // Only the clock is fake: "this month" is November 2026 for every test.
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-18T12:00:00Z'));
  giveChartsASize();
});
afterEach(() => {
  api?.restore();
  vi.useRealTimers();
});

function answerWith(dashboard: Dashboard) {
  return (config: RequestConfig) => {
    if (config.url === 'organizations/1/') return { status: 200, data: ORGANIZATION };
    if (config.url === 'analytics/dashboard/') return { status: 200, data: dashboard };
    return { status: 404, data: {} };
  };
}

const dashboardRequests = () => api?.requests.filter((request) => request.url === 'analytics/dashboard/') ?? [];
/** Charts draw real SVG in these tests, and the machine may be busy running others. */
const CHART_TESTS = { timeout: 20_000 };
const SLOW = { timeout: 5000 };
const lastDashboardParams = () => dashboardRequests().at(-1)?.params as Record<string, string> | undefined;

function renderDashboard(initialEntry = '/', role: Role = 'owner') {
  return renderPage(withSession(<DashboardPage />, role), { path: '/', initialEntry });
}

describe('DashboardPage figures and charts', CHART_TESTS, () => {
  it('shows each period figure with its change, and the stock figures as of now', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    renderDashboard();

    const revenue = await screen.findByTestId('kpi-revenue');
    expect(revenue).toHaveTextContent('$12,400.00');
    expect(within(revenue).getByRole('img', { name: 'up 12.5% from the previous period' })).toBeInTheDocument();
    expect(
      within(screen.getByTestId('kpi-deals-won')).getByRole('img', { name: 'down 20% from the previous period' }),
    ).toBeInTheDocument();
    expect(within(screen.getByTestId('kpi-win-rate')).getByRole('img')).toHaveTextContent('—');
    expect(screen.getByTestId('kpi-win-rate')).toHaveTextContent('80%');
    expect(screen.getByTestId('kpi-conversion-rate')).toHaveTextContent('33.3%');
    expect(screen.getByTestId('kpi-pipeline-value')).toHaveTextContent('$1,234,567.89');
    expect(screen.getByTestId('kpi-weighted-pipeline')).toHaveTextContent('$617,283.95');
    expect(screen.getByTestId('kpi-open-deals')).toHaveTextContent('5');
  });

  it('gives every chart a table alternative with the same, formatted money', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    renderDashboard();

    const revenueTable = await screen.findByRole('table', { name: 'Revenue by month' });
    expect(within(revenueTable).getByRole('row', { name: /Nov 2026/ })).toHaveTextContent('$12,400.00');
    expect(within(revenueTable).getByRole('row', { name: /Oct 2026/ })).toHaveTextContent('$3,000.50');

    const funnelTable = screen.getByRole('table', { name: 'Sales funnel' });
    const proposal = within(funnelTable).getByRole('row', { name: /Proposal/ });
    expect(proposal).toHaveTextContent('25% drop-off');
    expect(proposal).toHaveTextContent('$60,000.00');

    const stageTable = screen.getByRole('table', { name: 'Pipeline by stage' });
    expect(within(stageTable).getByRole('row', { name: /Proposal/ })).toHaveTextContent('$20,000.00$10,000.00');

    // The drawings are there too, hidden from screen readers, which read the tables instead.
    expect(screen.getAllByTestId('chart')).toHaveLength(3);
    for (const chart of screen.getAllByTestId('chart')) {
      expect(chart).toHaveAttribute('aria-hidden', 'true');
      expect(chart.querySelector('svg.chart-surface')).not.toBeNull();
    }
  });

  it('shows a chart’s table on screen with "Show as table"', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    renderDashboard();
    const card = await screen.findByTestId('revenue-by-month-card');
    const toggle = within(card).getByRole('button', { name: 'Show as table' });

    await userEvent.setup().click(toggle);

    expect(toggle).toHaveAttribute('aria-pressed', 'true');
    expect(within(card).queryByTestId('chart')).toBeNull();
    expect(within(card).getByRole('table', { name: 'Revenue by month' })).toBeVisible();
  });

  it('links the caller’s tasks to My work and each recent activity to its record', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    renderDashboard();

    expect(await screen.findByRole('link', { name: '2 overdue, open My work' })).toHaveAttribute('href', '/my-work');
    expect(screen.getByRole('link', { name: '3 due today, open My work' })).toHaveAttribute('href', '/my-work');
    expect(screen.getByRole('link', { name: 'Called about the renewal' })).toHaveAttribute('href', '/deals/7');
    expect(screen.getByRole('link', { name: 'Prefers email' })).toHaveAttribute('href', '/customers/4');
    expect(screen.getByText(/^Note on customer Globex by Olivia Stone/)).toBeInTheDocument();
  });
});

describe('DashboardPage period picker', CHART_TESTS, () => {
  it('asks for this month by default, in the user’s zone', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    renderDashboard();
    await screen.findByTestId('kpi-revenue');
    expect(lastDashboardParams()).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(screen.getByRole('radio', { name: 'This month' })).toBeChecked();
  });

  it('reads the period from the URL and writes a new choice back', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    const { router } = renderDashboard('/?period=year');
    const user = userEvent.setup();
    await screen.findByTestId('kpi-revenue');
    expect(lastDashboardParams()).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(screen.getByRole('radio', { name: 'This year' })).toBeChecked();

    await user.click(screen.getByText('This quarter'));

    await waitFor(() => expect(lastDashboardParams()).toEqual({ start: '2026-10-01', end: '2026-12-31' }), SLOW);
    expect(router.state.location.search).toBe('?period=quarter');
  });

  it('takes a custom range from two dates, applied together', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    const { router } = renderDashboard('/?period=quarter');
    const user = userEvent.setup();
    await screen.findByTestId('kpi-revenue');

    await user.click(screen.getByText('Custom'));
    // Custom starts from the period on screen.
    await waitFor(() => expect(router.state.location.search).toBe('?start=2026-10-01&end=2026-12-31'), SLOW);
    const from = await screen.findByLabelText('From', {}, SLOW);
    const to = screen.getByLabelText('To');
    expect(from).toHaveValue('2026-10-01');

    fireEvent.change(from, { target: { value: '2026-03-05' } });
    fireEvent.change(to, { target: { value: '2026-04-20' } });
    // Typing asks nothing of the API: only Apply does.
    expect(lastDashboardParams()).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    await waitFor(() => expect(lastDashboardParams()).toEqual({ start: '2026-03-05', end: '2026-04-20' }), SLOW);
    expect(router.state.location.search).toBe('?start=2026-03-05&end=2026-04-20');
    expect(screen.getByRole('radio', { name: 'Custom' })).toBeChecked();
    expect(screen.getByTestId('period-range')).toHaveTextContent('Mar 5 – Apr 20, 2026');
  });

  it('refuses a custom range that ends before it starts, without asking the API', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    const { router } = renderDashboard('/?start=2026-03-01&end=2026-03-31');
    const user = userEvent.setup();
    await screen.findByTestId('kpi-revenue');
    const requestsBefore = dashboardRequests().length;

    fireEvent.change(screen.getByLabelText('To'), { target: { value: '2026-02-01' } });
    await user.click(screen.getByRole('button', { name: 'Apply' }));

    expect(await screen.findByText('The end date comes before the start date.')).toBeInTheDocument();
    expect(router.state.location.search).toBe('?start=2026-03-01&end=2026-03-31');
    expect(dashboardRequests()).toHaveLength(requestsBefore);
  });
});

describe('DashboardPage for a brand-new organization', CHART_TESTS, () => {
  it('shows the Owner first steps instead of rows of zeros', async () => {
    api = mockApi(answerWith(emptyDashboard()));
    renderDashboard();

    expect(await screen.findByRole('heading', { name: 'First steps' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Add a customer/ })).toHaveAttribute('href', '/customers?new=1');
    expect(screen.getByRole('link', { name: /Import customers/ })).toHaveAttribute('href', '/customers');
    expect(screen.getByRole('link', { name: /Invite the team/ })).toHaveAttribute('href', '/settings/team');
    expect(screen.queryByTestId('kpi-revenue')).toBeNull();
    expect(screen.queryByTestId('chart')).toBeNull();
  });

  it('offers an Employee only the steps their role may take', async () => {
    api = mockApi(answerWith(emptyDashboard()));
    renderDashboard('/', 'employee');

    expect(await screen.findByRole('heading', { name: 'First steps' })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: /Add a customer/ })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: /Import customers/ })).toBeNull();
    expect(screen.queryByRole('link', { name: /Invite the team/ })).toBeNull();
  });

  it('shows the charts once there is anything at all', async () => {
    api = mockApi(answerWith({ ...emptyDashboard(), customers_total: 1 }));
    renderDashboard();

    expect(await screen.findByTestId('kpi-revenue')).toHaveTextContent('$0.00');
    expect(screen.queryByRole('heading', { name: 'First steps' })).toBeNull();
    expect(screen.getByText('No revenue in this period')).toBeInTheDocument();
  });
});

describe('DashboardPage for other cases', CHART_TESTS, () => {
  it('shows the error panel with Retry when the dashboard cannot load', async () => {
    api = mockApi((config) =>
      config.url === 'analytics/dashboard/'
        ? { status: 500, data: { error: true, code: 'server_error', message: 'Boom', detail: 'Boom' } }
        : { status: 200, data: ORGANIZATION },
    );
    renderDashboard();
    expect(await screen.findByText('Could not load the dashboard')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: /retry/i })).toBeInTheDocument();
  });

  it('asks nothing of analytics for a Client, whose dashboard is the portal', async () => {
    api = mockApi(answerWith(dashboardFixture()));
    renderDashboard('/', 'client');
    expect(await screen.findByRole('heading', { level: 1, name: 'Dashboard' })).toBeInTheDocument();
    expect(dashboardRequests()).toHaveLength(0);
  });
});
