import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { Role } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { ORGANIZATION } from '@/test/fixtures';
import { forecastFixture, funnelFixture, performanceFixture, revenuePoints } from '@/test/analytics-fixtures';
import { giveChartsASize } from '@/test/chart-size';
import AnalyticsPage from './analytics-page';

let api: ReturnType<typeof mockApi> | undefined;
/** Charts draw real SVG in these tests, and the machine may be busy running others. */
const CHART_TESTS = { timeout: 20_000 };
const SLOW = { timeout: 5000 };

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date('2026-11-18T12:00:00Z'));
  giveChartsASize();
});
afterEach(() => {
  api?.restore();
  vi.useRealTimers();
});

const PIPELINES = [
  { id: 1, name: 'Sales', is_default: true, stages: [] },
  { id: 2, name: 'Renewals', is_default: false, stages: [] },
];

function answer(config: RequestConfig) {
  switch (config.url) {
    case 'organizations/1/':
      return { status: 200, data: ORGANIZATION };
    case 'pipelines/':
      return { status: 200, data: { count: 2, next: null, previous: null, results: PIPELINES } };
    case 'analytics/revenue_by_period/':
      return { status: 200, data: revenuePoints({ '2026-10': '3000.50', '2026-11': '12400.00' }) };
    case 'analytics/sales_funnel/':
      return { status: 200, data: funnelFixture() };
    case 'analytics/employee_performance/':
      return { status: 200, data: performanceFixture() };
    case 'analytics/forecast/':
      return { status: 200, data: forecastFixture() };
    default:
      return { status: 404, data: {} };
  }
}

const lastParams = (url: string) =>
  api?.requests.filter((request) => request.url === url).at(-1)?.params as Record<string, unknown> | undefined;

function renderAnalytics(initialEntry = '/analytics', role: Role = 'owner') {
  return renderPage(withSession(<AnalyticsPage />, role), { path: '/analytics', initialEntry });
}

describe('AnalyticsPage', CHART_TESTS, () => {
  it('asks every endpoint for the period, and the forecast for five months back and six ahead', async () => {
    api = mockApi(answer);
    renderAnalytics('/analytics?period=quarter');

    await screen.findByRole('table', { name: 'Revenue by period' });
    const quarter = { start: '2026-10-01', end: '2026-12-31' };
    expect(lastParams('analytics/revenue_by_period/')).toEqual({ ...quarter, period: 'month' });
    expect(lastParams('analytics/sales_funnel/')).toEqual(quarter);
    expect(lastParams('analytics/employee_performance/')).toEqual(quarter);
    expect(lastParams('analytics/forecast/')).toEqual({ start: '2026-06-01', end: '2027-05-31' });
  });

  it('switches the revenue granularity, keeping it in the URL', async () => {
    api = mockApi(answer);
    const { router } = renderAnalytics();
    await screen.findByRole('table', { name: 'Revenue by period' });

    await userEvent.setup().click(screen.getByText('Week'));

    await waitFor(() => expect(lastParams('analytics/revenue_by_period/')).toMatchObject({ period: 'week' }), SLOW);
    expect(router.state.location.search).toBe('?granularity=week');
  });

  it('asks for another pipeline’s funnel', async () => {
    api = mockApi(answer);
    const { router } = renderAnalytics();
    const select = await screen.findByRole('combobox', { name: 'Pipeline' });
    await waitFor(() => expect(select).toHaveValue('1'));

    await userEvent.setup().selectOptions(select, '2');

    await waitFor(() => expect(lastParams('analytics/sales_funnel/')).toMatchObject({ pipeline: 2 }), SLOW);
    expect(router.state.location.search).toBe('?pipeline=2');
  });

  it('gives each chart a table alternative with formatted money, and draws the charts', async () => {
    api = mockApi(answer);
    renderAnalytics();

    const revenue = await screen.findByRole('table', { name: 'Revenue by period' });
    expect(within(revenue).getByRole('row', { name: /Nov 2026/ })).toHaveTextContent('$12,400.00');

    const funnel = await screen.findByRole('table', { name: 'Sales funnel' });
    expect(within(funnel).getByRole('row', { name: /Proposal/ })).toHaveTextContent('25% drop-off');

    const forecast = await screen.findByRole('table', { name: 'Forecast vs actual' });
    const october = within(forecast).getByRole('row', { name: /Oct 2026/ });
    expect(october).toHaveTextContent('$5,000.00');
    expect(october).toHaveTextContent('$4,200.00');
    // A month without a snapshot, and one still to come, show "—" rather than a zero.
    expect(within(forecast).getByRole('row', { name: /Dec 2026/ })).toHaveTextContent('$15,000.00$7,500.00——');
    const card = screen.getByTestId('forecast-card');
    expect(card).toHaveTextContent('2 deals · $3,000.00');
    expect(card).toHaveTextContent('1 deal · $800.00');

    expect(screen.getAllByTestId('chart')).toHaveLength(3);
    for (const chart of screen.getAllByTestId('chart')) expect(chart.querySelector('svg')).not.toBeNull();
  });

  it('sorts the leaderboard by any column, most revenue first by default', async () => {
    api = mockApi(answer);
    const { router } = renderAnalytics();
    const user = userEvent.setup();
    const names = () =>
      screen.getAllByTestId('leaderboard-row').map((row) => within(row).getByRole('rowheader').textContent);

    await waitFor(() => expect(names()).toEqual(['Brook Taylor', 'Carl Gauss', 'Ada Lovelace']), SLOW);
    const leaderboard = screen.getByRole('table', { name: 'Employee leaderboard' });
    expect(within(leaderboard).getByRole('columnheader', { name: /Revenue/ })).toHaveAttribute(
      'aria-sort',
      'descending',
    );

    await user.click(screen.getByRole('button', { name: 'Sort by Employee, ascending' }));
    await waitFor(() => expect(names()).toEqual(['Ada Lovelace', 'Brook Taylor', 'Carl Gauss']), SLOW);
    expect(router.state.location.search).toBe('?sort=employee');

    await user.click(screen.getByRole('button', { name: 'Sort by Win rate, ascending' }));
    await waitFor(() => expect(names()).toEqual(['Ada Lovelace', 'Carl Gauss', 'Brook Taylor']), SLOW);
    await user.click(screen.getByRole('button', { name: 'Sort by Win rate, descending' }));
    await waitFor(() => expect(names()).toEqual(['Carl Gauss', 'Ada Lovelace', 'Brook Taylor']), SLOW);
    expect(within(screen.getAllByTestId('leaderboard-row')[2]!).getAllByRole('cell')[4]).toHaveTextContent('—');
  });

  it('tells an Employee the page is not for their role, asking nothing', async () => {
    api = mockApi(answer);
    renderAnalytics('/analytics', 'employee');
    expect(await screen.findByText("You don't have access to this")).toBeInTheDocument();
    expect(api.requests.filter((request) => request.url?.startsWith('analytics/'))).toHaveLength(0);
  });
});
