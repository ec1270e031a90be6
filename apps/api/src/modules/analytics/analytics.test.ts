import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { addMember, createTeam, registerUser, type Team, type TeamMember } from '../../test/factories.js';
import { ManualClock } from '../../core/time.js';

/**
 * A known data set, every figure computed by hand (PRODUCT §7). The organization is in Los Angeles:
 * March 2026 runs from 2026-03-01T08:00Z (PST) to 2026-04-01T07:00Z (PDT, after the DST change of
 * 8 March); the previous period of the same length is 29 January – 28 February.
 */
const clock = new ManualClock('2026-01-05T18:00:00.000Z');
let t: TestApp;
let team: Team;
let e2: TeamMember;
const ids: Record<string, number> = {};
let stages: Record<'lead' | 'qualified' | 'proposal' | 'negotiation', number>;

type Method = 'GET' | 'POST' | 'PATCH';
async function at(instant: string, member: TeamMember, method: Method, url: string, payload?: object) {
  clock.set(instant);
  const res = await call(t.app, member.token, {
    method,
    url,
    org: team.organizationId,
    ...(payload ? { payload } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}
const get = (member: TeamMember, url: string) => at('2026-04-02T18:00:00.000Z', member, 'GET', url);

beforeAll(async () => {
  // The clock jumps months ahead: tokens must not expire on the way.
  t = await createTestApp({ tokenTtlDays: null }, { clock });
  team = await createTeam(t.app, t.db);
  const second = await registerUser(t.app, { first_name: 'Second' });
  await addMember(t.app, team.owner.token, team.organizationId, second, 'employee');
  const employees = (
    await call(t.app, team.owner.token, {
      method: 'GET',
      url: '/api/employees/?page_size=100',
      org: team.organizationId,
    })
  ).json().results;
  e2 = { ...second, employeeId: employees.find((e: { user_id: number }) => e.user_id === second.user.id).id };
  const o = team.owner;
  await at('2026-01-05T18:00:00Z', o, 'PATCH', `/api/organizations/${team.organizationId}/`, {
    timezone: 'America/Los_Angeles',
  });
  // The chain: E1 (team.employee) reports to the Manager, E2 to E1.
  await at('2026-01-05T18:00:00Z', o, 'PATCH', `/api/employees/${team.employee.employeeId}/`, {
    manager_id: team.manager.employeeId,
  });
  await at('2026-01-05T18:00:00Z', o, 'PATCH', `/api/employees/${e2.employeeId}/`, {
    manager_id: team.employee.employeeId,
  });
  const pipeline = (await at('2026-01-05T18:00:00Z', o, 'GET', '/api/pipelines/')).results[0];
  const stageId = (name: string) => pipeline.stages.find((s: { name: string }) => s.name === name).id as number;
  stages = {
    lead: stageId('Lead'),
    qualified: stageId('Qualified'),
    proposal: stageId('Proposal'),
    negotiation: stageId('Negotiation'),
  };
  const M = team.manager.employeeId;
  const E1 = team.employee.employeeId;

  // Customers: C1 on 28 Feb at 23:30 local (already 1 March in UTC), C2 and C3 at either end of March, C4 in April.
  ids.c1 = (await at('2026-03-01T07:30:00Z', o, 'POST', '/api/customers/', { name: 'C1' })).id;
  ids.c2 = (await at('2026-03-01T08:30:00Z', o, 'POST', '/api/customers/', { name: 'C2' })).id;
  await at('2026-04-01T06:30:00Z', o, 'POST', '/api/customers/', { name: 'C3' });
  await at('2026-04-01T07:30:00Z', o, 'POST', '/api/customers/', { name: 'C4' });

  // Deals. D4: created and won in the previous period. D1: created in February, won on 2 March.
  ids.d4 = (
    await at('2026-01-30T18:00:00Z', o, 'POST', '/api/deals/', { title: 'D4', customer_id: ids.c1, value: '300.00' })
  ).id;
  await at('2026-02-10T18:00:00Z', o, 'POST', `/api/deals/${ids.d4}/mark_won/`);
  ids.d1 = (
    await at('2026-02-20T18:00:00Z', o, 'POST', '/api/deals/', {
      title: 'D1',
      customer_id: ids.c1,
      value: '1000.00',
      assigned_to: M,
      expected_close_date: '2026-03-15',
    })
  ).id;
  await at('2026-02-25T18:00:00Z', o, 'POST', `/api/deals/${ids.d1}/move_stage/`, { stage_id: stages.proposal });
  // The forecast's first request of 1 March keeps a snapshot: March then held D1 (1000 × 50%).
  await at('2026-03-01T18:00:00Z', o, 'GET', '/api/analytics/forecast/');
  await at('2026-03-02T18:00:00Z', o, 'POST', `/api/deals/${ids.d1}/mark_won/`);
  // D2: created 1 March, Qualified, then lost (its expected close date never makes it a forecast).
  ids.d2 = (
    await at('2026-03-01T18:00:00Z', o, 'POST', '/api/deals/', {
      title: 'D2',
      customer_id: ids.c2,
      value: '500.00',
      assigned_to: M,
      expected_close_date: '2026-04-10',
    })
  ).id;
  await at('2026-03-03T18:00:00Z', o, 'POST', `/api/deals/${ids.d2}/move_stage/`, { stage_id: stages.qualified });
  await at('2026-03-04T18:00:00Z', o, 'POST', `/api/deals/${ids.d2}/mark_lost/`);
  // D3: skips to Negotiation, won, then reopened: open again, not revenue.
  ids.d3 = (
    await at('2026-03-05T18:00:00Z', o, 'POST', '/api/deals/', {
      title: 'D3',
      customer_id: ids.c2,
      value: '2000.00',
      expected_close_date: '2026-04-20',
    })
  ).id;
  await at('2026-03-06T18:00:00Z', o, 'POST', `/api/deals/${ids.d3}/move_stage/`, { stage_id: stages.negotiation });
  await at('2026-03-07T18:00:00Z', o, 'POST', `/api/deals/${ids.d3}/mark_won/`);
  await at('2026-03-08T18:00:00Z', o, 'POST', `/api/deals/${ids.d3}/reopen/`);
  // D5 (E1, Lead) and D6 (E2, Qualified, its expected close date passed).
  ids.d5 = (
    await at('2026-03-10T18:00:00Z', o, 'POST', '/api/deals/', {
      title: 'D5',
      customer_id: ids.c2,
      value: '400.00',
      assigned_to: E1,
      expected_close_date: '2026-05-15',
    })
  ).id;
  ids.d6 = (
    await at('2026-03-12T18:00:00Z', o, 'POST', '/api/deals/', {
      title: 'D6',
      customer_id: ids.c2,
      value: '100.00',
      assigned_to: e2.employeeId,
      expected_close_date: '2026-02-20',
    })
  ).id;
  await at('2026-03-13T18:00:00Z', o, 'POST', `/api/deals/${ids.d6}/move_stage/`, { stage_id: stages.qualified });

  // Leads: L1 created in February and converted in March; L2 created and converted in March; L3 (E1) and L4 (E2) open.
  ids.l1 = (await at('2026-02-10T18:00:00Z', o, 'POST', '/api/leads/', { company: 'L1' })).id;
  await at('2026-03-05T19:00:00Z', o, 'POST', `/api/leads/${ids.l1}/convert/`, {});
  ids.l2 = (await at('2026-03-03T19:00:00Z', o, 'POST', '/api/leads/', { company: 'L2' })).id;
  await at('2026-03-20T19:00:00Z', o, 'POST', `/api/leads/${ids.l2}/convert/`, {});
  await at('2026-03-10T19:00:00Z', o, 'POST', '/api/leads/', { company: 'L3', assigned_to: E1 });
  await at('2026-03-15T19:00:00Z', e2, 'POST', '/api/leads/', { company: 'L4' });

  // E1 completes a task on 20 March.
  const task = await at('2026-03-19T18:00:00Z', team.employee, 'POST', '/api/activities/', {
    type: 'task',
    subject: 'Call',
    customer_id: ids.c2,
  });
  await at('2026-03-20T18:00:00Z', team.employee, 'POST', `/api/activities/${task.id}/complete/`);
}, 60_000);
afterAll(() => t.close());

const MARCH = 'start=2026-03-01&end=2026-03-31';

describe('dashboard (PRODUCT §7)', () => {
  it('period figures for March against the same-length period before, with growth from zero as null', async () => {
    const d = await get(team.owner, `/api/analytics/dashboard/?${MARCH}`);
    expect(d.period).toEqual({ start: '2026-03-01', end: '2026-03-31' });
    // C2, C3 and the customers of the two conversions; before: C1 (28 Feb locally).
    expect(d.new_customers).toEqual({ value: 4, previous: 1, change_pct: 300 });
    expect(d.new_leads).toEqual({ value: 3, previous: 1, change_pct: 200 });
    expect(d.converted_leads).toEqual({ value: 2, previous: 0, change_pct: null });
    expect(d.conversion_rate).toEqual({ value: 66.7, previous: 0, change_pct: null });
    expect(d.deals_won).toEqual({ value: 1, previous: 1, change_pct: 0 });
    expect(d.revenue).toEqual({ value: '1000.00', previous: '300.00', change_pct: 233.3 });
    expect(d.deals_lost).toEqual({ value: 1, previous: 0, change_pct: null });
    expect(d.win_rate).toEqual({ value: 50, previous: 100, change_pct: -50 });
  });

  it('stock figures as of now, the pipeline by stage, and revenue by month for the last 12 months', async () => {
    const d = await get(team.owner, `/api/analytics/dashboard/?${MARCH}`);
    expect(d).toMatchObject({
      customers_total: 6,
      customers_active: 6,
      open_deals: 3,
      pipeline_value: '2500.00',
      weighted_pipeline_value: '1565.00',
    });
    expect(d.pipeline_by_stage).toEqual([
      { stage: { id: stages.lead, name: 'Lead' }, count: 1, value: '400.00', weighted_value: '40.00' },
      { stage: { id: stages.qualified, name: 'Qualified' }, count: 1, value: '100.00', weighted_value: '25.00' },
      { stage: { id: stages.proposal, name: 'Proposal' }, count: 0, value: '0.00', weighted_value: '0.00' },
      { stage: { id: stages.negotiation, name: 'Negotiation' }, count: 1, value: '2000.00', weighted_value: '1500.00' },
    ]);
    expect(d.revenue_by_month.map((m: { period: string }) => m.period)).toEqual([
      '2025-05',
      '2025-06',
      '2025-07',
      '2025-08',
      '2025-09',
      '2025-10',
      '2025-11',
      '2025-12',
      '2026-01',
      '2026-02',
      '2026-03',
      '2026-04',
    ]);
    expect(d.revenue_by_month.slice(-3)).toEqual([
      { period: '2026-02', revenue: '300.00', deals_won: 1, average_deal_value: '300.00' },
      { period: '2026-03', revenue: '1000.00', deals_won: 1, average_deal_value: '1000.00' },
      { period: '2026-04', revenue: '0.00', deals_won: 0, average_deal_value: '0.00' },
    ]);
    expect(d.funnel).toHaveLength(4);
    expect(d.recent_activities).toHaveLength(1);
    expect(d.my_tasks).toEqual({ overdue: 0, today: 0 });
  });

  it('an Employee in an `own` organization sees only their own numbers', async () => {
    await at('2026-04-02T18:00:00Z', team.owner, 'PATCH', `/api/organizations/${team.organizationId}/`, {
      record_visibility: { employee: 'own' },
    });
    try {
      const d = await get(team.employee, `/api/analytics/dashboard/?${MARCH}`);
      expect(d).toMatchObject({ open_deals: 1, pipeline_value: '400.00', customers_total: 0 });
      expect(d.new_leads.value).toBe(1);
      expect(d.deals_won.value).toBe(0);
      const people = await get(team.employee, `/api/analytics/employee_performance/?${MARCH}`);
      expect(people.map((p: { employee: { id: number } }) => p.employee.id)).toEqual([team.employee.employeeId]);
    } finally {
      await at('2026-04-02T18:00:00Z', team.owner, 'PATCH', `/api/organizations/${team.organizationId}/`, {
        record_visibility: { employee: 'all' },
      });
    }
  });
});

describe('sales funnel', () => {
  it('counts each deal created in March at the furthest open stage it reached and every stage before', async () => {
    // D2 reached Qualified before it was lost; D3 skipped to Negotiation (and stays there after its
    // reopening); D5 is in Lead; D6 in Qualified.
    expect(await get(team.manager, `/api/analytics/sales_funnel/?${MARCH}`)).toEqual([
      {
        stage: { id: stages.lead, name: 'Lead' },
        count: 4,
        value: '3000.00',
        weighted_value: '300.00',
        current_count: 1,
        drop_off_pct: null,
        value_drop_off_pct: null,
      },
      {
        stage: { id: stages.qualified, name: 'Qualified' },
        count: 3,
        value: '2600.00',
        weighted_value: '650.00',
        current_count: 1,
        drop_off_pct: 25,
        value_drop_off_pct: 13.3,
      },
      {
        stage: { id: stages.proposal, name: 'Proposal' },
        count: 1,
        value: '2000.00',
        weighted_value: '1000.00',
        current_count: 0,
        drop_off_pct: 66.7,
        value_drop_off_pct: 23.1,
      },
      {
        stage: { id: stages.negotiation, name: 'Negotiation' },
        count: 1,
        value: '2000.00',
        weighted_value: '1500.00',
        current_count: 1,
        drop_off_pct: 0,
        value_drop_off_pct: 0,
      },
    ]);
    // A won deal reaches every open stage: February's cohort is D1 (won).
    const february = await get(team.owner, '/api/analytics/sales_funnel/?start=2026-02-01&end=2026-02-28');
    expect(february.map((s: { count: number }) => s.count)).toEqual([1, 1, 1, 1]);
    expect(
      (
        await call(t.app, team.employee.token, {
          method: 'GET',
          url: '/api/analytics/sales_funnel/',
          org: team.organizationId,
        })
      ).statusCode,
    ).toBe(403);
  });
});

describe('revenue by period', () => {
  it("groups won deals in the organization's zone, every period present, across a year boundary", async () => {
    expect(
      await get(team.owner, '/api/analytics/revenue_by_period/?period=quarter&start=2025-12-01&end=2026-06-30'),
    ).toEqual([
      { period: '2025-Q4', revenue: '0.00', deals_won: 0, average_deal_value: '0.00' },
      { period: '2026-Q1', revenue: '1300.00', deals_won: 2, average_deal_value: '650.00' },
      { period: '2026-Q2', revenue: '0.00', deals_won: 0, average_deal_value: '0.00' },
    ]);
    const days = await get(team.owner, '/api/analytics/revenue_by_period/?period=day&start=2026-03-01&end=2026-03-03');
    expect(days.map((d: { period: string; deals_won: number }) => [d.period, d.deals_won])).toEqual([
      ['2026-03-01', 0],
      ['2026-03-02', 1],
      ['2026-03-03', 0],
    ]);
    const weeks = await get(
      team.owner,
      '/api/analytics/revenue_by_period/?period=week&start=2026-02-08&end=2026-02-15',
    );
    expect(weeks.map((w: { period: string; deals_won: number }) => [w.period, w.deals_won])).toEqual([
      ['2026-W06', 0],
      ['2026-W07', 1],
    ]);
    expect(
      (await get(team.owner, '/api/analytics/revenue_by_period/?period=year&start=2026-01-01&end=2026-12-31'))[0],
    ).toMatchObject({ period: '2026', revenue: '1300.00' });
    const bad = await call(t.app, team.owner.token, {
      method: 'GET',
      url: '/api/analytics/revenue_by_period/?period=decade',
      org: team.organizationId,
    });
    expect(bad.statusCode).toBe(400);
  });
});

describe('employee performance', () => {
  it('per employee in March, for Managers and up', async () => {
    const rows = await get(team.owner, `/api/analytics/employee_performance/?${MARCH}`);
    const of = (id: number) => rows.find((r: { employee: { id: number } }) => r.employee.id === id);
    expect(of(team.manager.employeeId)).toMatchObject({
      leads_assigned: 0,
      deals_won: 1,
      deals_lost: 1,
      deals_open: 0,
      revenue: '1000.00',
      win_rate: 50,
      activities_completed: 0,
    });
    expect(of(team.employee.employeeId)).toMatchObject({
      leads_assigned: 1,
      leads_converted: 0,
      deals_won: 0,
      deals_open: 1,
      revenue: '0.00',
      win_rate: null,
      activities_completed: 1,
    });
    expect(of(e2.employeeId)).toMatchObject({ leads_assigned: 1, deals_open: 1 });
  });
});

describe('forecast', () => {
  it('open deals only, by expected close month, twelve months by default, with overdue and undated', async () => {
    const f = await get(team.owner, '/api/analytics/forecast/');
    expect(f.months.map((m: { month: string }) => m.month)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    // April: D3 (2000 × 75%); D2 is lost and never counts. May: D5 (400 × 10%).
    // April's first request (today, 2 April) took April's snapshot; May has not started.
    expect(f.months[0]).toEqual({
      month: '2026-04',
      value: '2000.00',
      weighted_value: '1500.00',
      forecast_at_start: '1500.00',
      won: '0.00',
    });
    expect(f.months[1]).toEqual({
      month: '2026-05',
      value: '400.00',
      weighted_value: '40.00',
      forecast_at_start: null,
      won: null,
    });
    expect(f.overdue).toEqual({ count: 1, value: '100.00', weighted_value: '25.00' });
    expect(f.undated).toEqual({ count: 0, value: '0.00', weighted_value: '0.00' });
  });

  it('reads back the snapshot a past month started with beside what it won', async () => {
    const f = await get(team.owner, '/api/analytics/forecast/?start=2026-03-01&end=2026-03-31');
    expect(f.months).toEqual([
      { month: '2026-03', value: '0.00', weighted_value: '0.00', forecast_at_start: '500.00', won: '1000.00' },
    ]);
  });
});
