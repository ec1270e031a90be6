import type { Activity, Dashboard, EmployeePerformance, FunnelStage, RevenuePoint } from '@crm/contracts';
import type { Forecast } from '@/features/analytics';

/** Analytics answers as the API gives them, for the dashboard's and the analytics page's tests. */

export function revenuePoints(values: Record<string, string>): RevenuePoint[] {
  return Object.entries(values).map(([period, revenue]) => ({
    period,
    revenue,
    deals_won: revenue === '0.00' ? 0 : 2,
    average_deal_value: revenue === '0.00' ? '0.00' : '100.00',
  }));
}

export function funnelFixture(): FunnelStage[] {
  return [
    {
      stage: { id: 1, name: 'Qualification' },
      count: 8,
      value: '80000.00',
      weighted_value: '8000.00',
      current_count: 3,
      drop_off_pct: null,
      value_drop_off_pct: null,
    },
    {
      stage: { id: 2, name: 'Proposal' },
      count: 6,
      value: '60000.00',
      weighted_value: '30000.00',
      current_count: 2,
      drop_off_pct: 25,
      value_drop_off_pct: 25,
    },
  ];
}

export function activityFixture(overrides: Partial<Activity> = {}): Activity {
  return {
    id: 1,
    type: 'call',
    subject: 'Called about the renewal',
    body: null,
    customer_id: null,
    lead_id: null,
    deal_id: 7,
    related_name: 'Fleet renewal',
    due_at: null,
    completed_at: null,
    is_completed: false,
    assigned_to: null,
    assigned_to_name: null,
    created_by: 1,
    created_by_name: 'Olivia Stone',
    created_at: '2026-11-20T10:00:00.000Z',
    updated_at: '2026-11-20T10:00:00.000Z',
    permissions: { update: true, delete: true, assign: true },
    ...overrides,
  };
}

const zeroCount = { value: 0, previous: 0, change_pct: null };

/** An organization with nothing in it: every figure zero, every list empty. */
export function emptyDashboard(): Dashboard {
  return {
    period: { start: '2026-11-01', end: '2026-11-30' },
    new_customers: zeroCount,
    new_leads: zeroCount,
    converted_leads: zeroCount,
    conversion_rate: { value: null, previous: null, change_pct: null },
    deals_won: zeroCount,
    revenue: { value: '0.00', previous: '0.00', change_pct: null },
    deals_lost: zeroCount,
    win_rate: { value: null, previous: null, change_pct: null },
    customers_total: 0,
    customers_active: 0,
    open_deals: 0,
    pipeline_value: '0.00',
    weighted_pipeline_value: '0.00',
    revenue_by_month: revenuePoints({ '2026-10': '0.00', '2026-11': '0.00' }),
    funnel: funnelFixture().map((stage) => ({
      ...stage,
      count: 0,
      value: '0.00',
      weighted_value: '0.00',
      current_count: 0,
      drop_off_pct: null,
      value_drop_off_pct: null,
    })),
    pipeline_by_stage: [{ stage: { id: 1, name: 'Qualification' }, count: 0, value: '0.00', weighted_value: '0.00' }],
    my_tasks: { overdue: 0, today: 0 },
    recent_activities: [],
  };
}

/** A working organization: revenue up, deals won down, a win rate with nothing to compare with. */
export function dashboardFixture(): Dashboard {
  return {
    ...emptyDashboard(),
    new_customers: { value: 3, previous: 1, change_pct: 200 },
    new_leads: { value: 9, previous: 9, change_pct: 0 },
    converted_leads: { value: 3, previous: 2, change_pct: 50 },
    conversion_rate: { value: 33.3, previous: 22.2, change_pct: 50 },
    deals_won: { value: 4, previous: 5, change_pct: -20 },
    revenue: { value: '12400.00', previous: '11022.22', change_pct: 12.5 },
    deals_lost: { value: 1, previous: 0, change_pct: null },
    win_rate: { value: 80, previous: null, change_pct: null },
    customers_total: 12,
    customers_active: 10,
    open_deals: 5,
    pipeline_value: '1234567.89',
    weighted_pipeline_value: '617283.95',
    revenue_by_month: revenuePoints({ '2026-10': '3000.50', '2026-11': '12400.00' }),
    funnel: funnelFixture(),
    pipeline_by_stage: [
      { stage: { id: 1, name: 'Qualification' }, count: 3, value: '30000.00', weighted_value: '3000.00' },
      { stage: { id: 2, name: 'Proposal' }, count: 2, value: '20000.00', weighted_value: '10000.00' },
    ],
    my_tasks: { overdue: 2, today: 3 },
    recent_activities: [
      activityFixture(),
      activityFixture({
        id: 2,
        type: 'note',
        subject: 'Prefers email',
        deal_id: null,
        customer_id: 4,
        related_name: 'Globex',
      }),
    ],
  };
}

export function performanceFixture(): EmployeePerformance[] {
  const row = (id: number, full_name: string, revenue: string, win_rate: number | null, deals_won: number) => ({
    employee: { id, full_name },
    leads_assigned: id * 2,
    leads_converted: id,
    deals_won,
    deals_lost: 1,
    deals_open: 10 - id,
    revenue,
    win_rate,
    activities_completed: 20 - id,
  });
  return [
    row(1, 'Ada Lovelace', '900.00', 50, 1),
    row(2, 'Brook Taylor', '10000.00', null, 0),
    row(3, 'Carl Gauss', '1000.00', 75, 3),
  ];
}

export function forecastFixture(): Forecast {
  return {
    months: [
      { month: '2026-10', value: '0.00', weighted_value: '0.00', forecast_at_start: '5000.00', won: '4200.00' },
      { month: '2026-11', value: '20000.00', weighted_value: '9000.00', forecast_at_start: null, won: '1000.00' },
      { month: '2026-12', value: '15000.00', weighted_value: '7500.00', forecast_at_start: null, won: null },
    ],
    overdue: { count: 2, value: '3000.00', weighted_value: '1500.00' },
    undated: { count: 1, value: '800.00', weighted_value: '80.00' },
  };
}
