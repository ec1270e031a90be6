import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { asMember, createTeam, type Team, type TeamMember } from '../../test/factories.js';

let t: TestApp;
let team: Team;
let customerId: number;
let stages: Record<string, number>;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
  customerId = (await as(team.owner, 'POST', '/api/customers/', { name: 'Initech' })).json().id;
  const pipelines = (await as(team.owner, 'GET', '/api/pipelines/')).json();
  stages = Object.fromEntries(pipelines.results[0].stages.map((s: { name: string; id: number }) => [s.name, s.id]));
});
afterAll(() => t.close());

function as(member: TeamMember, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) {
  return asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });
}

async function createDeal(member: TeamMember = team.owner, payload: object = {}) {
  const res = await as(member, 'POST', '/api/deals/', {
    title: 'Big deal',
    customer_id: customerId,
    value: '1000.00',
    ...payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('deals CRUD', () => {
  it('creates in the default pipeline first stage; probability follows the stage', async () => {
    const deal = await createDeal(team.owner, {
      value: 2500.5,
      expected_close_date: '2026-12-31',
      stage_id: undefined,
    });
    expect(deal).toMatchObject({
      title: 'Big deal',
      customer_name: 'Initech',
      value: '2500.50',
      pipeline_name: 'Sales Pipeline',
      stage_name: 'Lead',
      probability: null,
      effective_probability: 10,
      weighted_value: '250.05',
      is_won: false,
      is_closed: false,
      closed_at: null,
      expected_close_date: '2026-12-31',
    });
    expect(deal.code).toMatch(/^DEAL-\d{3}$/);
    const set = await as(team.owner, 'PATCH', `/api/deals/${deal.id}/`, {
      probability: 33,
      stage_id: stages['Closed Won'],
      closed_at: '2020-01-01T00:00:00Z',
    });
    expect(set.json()).toMatchObject({
      probability: 33,
      effective_probability: 33,
      weighted_value: '825.17',
      stage_name: 'Lead',
      closed_at: null,
    });
  });

  it('rounds the weighted value half-up per deal', async () => {
    const deal = await createDeal(team.owner, { value: '0.05', stage_id: stages.Proposal });
    expect(deal.weighted_value).toBe('0.03');
  });

  it('validates: customer required and visible, stage of the pipeline, money format', async () => {
    const missing = await as(team.owner, 'POST', '/api/deals/', { title: 'x' });
    expect(missing.json().errors.customer_id).toEqual(['This field is required.']);
    const otherCustomer = (await as(team.outsider, 'POST', '/api/customers/', { name: 'Theirs' })).json();
    const foreign = await as(team.owner, 'POST', '/api/deals/', { title: 'x', customer_id: otherCustomer.id });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors).toHaveProperty('customer_id');
    const other = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Renewals' })).json();
    const wrongStage = await as(team.owner, 'POST', '/api/deals/', {
      title: 'x',
      customer_id: customerId,
      stage_id: other.stages[0].id,
    });
    expect(wrongStage.statusCode).toBe(400);
    expect(wrongStage.json().errors).toHaveProperty('stage_id');
    const money = await as(team.owner, 'POST', '/api/deals/', { title: 'x', customer_id: customerId, value: '10.123' });
    expect(money.json().errors).toHaveProperty('value');
    const tooBig = await as(team.owner, 'POST', '/api/deals/', {
      title: 'x',
      customer_id: customerId,
      value: '1000000000000.00',
    });
    expect(tooBig.statusCode).toBe(400);
  });

  it('a customer with deals cannot be deleted (409)', async () => {
    const customer = (await as(team.owner, 'POST', '/api/customers/', { name: 'Has deals' })).json();
    await createDeal(team.owner, { customer_id: customer.id });
    const res = await as(team.owner, 'DELETE', `/api/customers/${customer.id}/`);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('1 deal');
  });
});

describe('stage actions', () => {
  it('move_stage to open, won and lost stages; history keeps every change', async () => {
    const deal = await createDeal();
    const moved = (
      await as(team.owner, 'POST', `/api/deals/${deal.id}/move_stage/`, { stage_id: stages.Proposal })
    ).json();
    expect(moved).toMatchObject({ stage_name: 'Proposal', effective_probability: 50, is_closed: false });
    expect(moved.stage_entered_at >= deal.stage_entered_at).toBe(true);
    const won = (
      await as(team.owner, 'POST', `/api/deals/${deal.id}/move_stage/`, { stage_id: stages['Closed Won'] })
    ).json();
    expect(won).toMatchObject({ is_won: true, is_closed: true, effective_probability: 100 });
    expect(won.closed_at).not.toBeNull();
    const lost = (
      await as(team.owner, 'POST', `/api/deals/${deal.id}/move_stage/`, { stage_id: stages['Closed Lost'] })
    ).json();
    expect(lost).toMatchObject({ is_lost: true, is_won: false });
    const open = (
      await as(team.owner, 'POST', `/api/deals/${deal.id}/move_stage/`, { stage_id: stages.Negotiation })
    ).json();
    expect(open).toMatchObject({ is_closed: false, closed_at: null, stage_name: 'Negotiation' });
    const history = (await as(team.employee, 'GET', `/api/deals/${deal.id}/stage_history/`)).json();
    expect(history.map((h: { to_stage_name: string }) => h.to_stage_name)).toEqual([
      'Negotiation',
      'Closed Lost',
      'Closed Won',
      'Proposal',
      'Lead',
    ]);
    expect(history[0]).toMatchObject({ from_stage_name: 'Closed Lost', changed_by: team.owner.user.id });
  });

  it('a stage of another pipeline is 400', async () => {
    const deal = await createDeal();
    const other = (await as(team.owner, 'POST', '/api/pipelines/', { name: 'Other' })).json();
    const res = await as(team.owner, 'POST', `/api/deals/${deal.id}/move_stage/`, { stage_id: other.stages[0].id });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toHaveProperty('stage_id');
  });

  it('mark_won, mark_lost with a reason, 409 on a closed deal, reopen to the last open stage', async () => {
    const deal = await createDeal();
    await as(team.owner, 'POST', `/api/deals/${deal.id}/move_stage/`, { stage_id: stages.Negotiation });
    const won = await as(team.owner, 'POST', `/api/deals/${deal.id}/mark_won/`);
    expect(won.json()).toMatchObject({ is_won: true, stage_name: 'Closed Won' });
    expect((await as(team.owner, 'POST', `/api/deals/${deal.id}/mark_won/`)).statusCode).toBe(409);
    expect((await as(team.owner, 'POST', `/api/deals/${deal.id}/mark_lost/`)).statusCode).toBe(409);
    const reopened = (await as(team.owner, 'POST', `/api/deals/${deal.id}/reopen/`)).json();
    expect(reopened).toMatchObject({ stage_name: 'Negotiation', is_closed: false, closed_at: null });
    expect((await as(team.owner, 'POST', `/api/deals/${deal.id}/reopen/`)).statusCode).toBe(409);
    const lost = (
      await as(team.owner, 'POST', `/api/deals/${deal.id}/mark_lost/`, { lost_reason: 'Budget cut' })
    ).json();
    expect(lost).toMatchObject({ is_lost: true, lost_reason: 'Budget cut' });
    const again = (await as(team.owner, 'POST', `/api/deals/${deal.id}/reopen/`)).json();
    expect(again).toMatchObject({ stage_name: 'Negotiation', lost_reason: null });
  });

  it('reopen without an earlier open stage goes to the first stage', async () => {
    const deal = await createDeal(team.owner, { stage_id: stages['Closed Won'] });
    expect(deal.is_won).toBe(true);
    expect(deal.closed_at).not.toBeNull();
    expect((await as(team.owner, 'POST', `/api/deals/${deal.id}/reopen/`)).json().stage_name).toBe('Lead');
  });
});

describe('deals roles and tenancy', () => {
  it('Employee: creates assigned to self, moves only own deals, cannot delete', async () => {
    const others = await createDeal(team.manager, { assigned_to: team.manager.employeeId });
    expect((await as(team.employee, 'POST', `/api/deals/${others.id}/mark_won/`)).statusCode).toBe(403);
    expect((await as(team.employee, 'PATCH', `/api/deals/${others.id}/`, { title: 'mine' })).statusCode).toBe(403);
    const own = await createDeal(team.employee);
    expect(own.assigned_to).toBe(team.employee.employeeId);
    expect(
      (await as(team.employee, 'POST', `/api/deals/${own.id}/move_stage/`, { stage_id: stages.Qualified })).statusCode,
    ).toBe(200);
    expect((await as(team.employee, 'DELETE', `/api/deals/${own.id}/`)).statusCode).toBe(403);
    expect((await as(team.manager, 'DELETE', `/api/deals/${own.id}/`)).statusCode).toBe(204);
  });

  it("another organization's deal is 404 on every route", async () => {
    const deal = await createDeal();
    const routes: [method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE', path: string, body?: object][] = [
      ['GET', ''],
      ['PATCH', '', { title: 'x' }],
      ['PUT', '', { title: 'x', customer_id: customerId }],
      ['DELETE', ''],
      ['POST', 'move_stage/', { stage_id: stages.Proposal }],
      ['POST', 'mark_won/'],
      ['POST', 'mark_lost/'],
      ['POST', 'reopen/'],
      ['GET', 'stage_history/'],
    ];
    for (const [method, path, body] of routes) {
      expect(
        (await as(team.outsider, method, `/api/deals/${deal.id}/${path}`, body)).statusCode,
        `${method} ${path}`,
      ).toBe(404);
    }
    const pipelineId = (await as(team.owner, 'GET', '/api/pipelines/')).json().results[0].id;
    expect((await as(team.outsider, 'GET', `/api/pipelines/${pipelineId}/board/`)).statusCode).toBe(404);
  });
});

describe('deals list and board', () => {
  it('filters by pipeline, stage, customer, status and is_won; searches; orders; paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      asMember(t.app, fresh, fresh.owner, { method, url, ...(payload ? { payload } : {}) });
    const acme = (await call('POST', '/api/customers/', { name: 'Acme' })).json().id;
    const beta = (await call('POST', '/api/customers/', { name: 'Beta' })).json().id;
    const mk = async (title: string, customer: number, value: string) =>
      (await call('POST', '/api/deals/', { title, customer_id: customer, value })).json();
    const a = await mk('Website redesign', acme, '100.00');
    const b = await mk('Hosting renewal', acme, '300.00');
    await mk('Consulting', beta, '200.00');
    await call('POST', `/api/deals/${a.id}/mark_won/`);
    await call('POST', `/api/deals/${b.id}/mark_lost/`);
    const titles = async (query: string) =>
      (await call('GET', `/api/deals/${query}`)).json().results.map((d: { title: string }) => d.title);
    expect(await titles(`?customer=${acme}&ordering=title`)).toEqual(['Hosting renewal', 'Website redesign']);
    expect(await titles('?status=won')).toEqual(['Website redesign']);
    expect(await titles('?is_won=true')).toEqual(['Website redesign']);
    expect(await titles('?is_won=false&ordering=title')).toEqual(['Consulting', 'Hosting renewal']);
    expect(await titles('?status=open')).toEqual(['Consulting']);
    expect(await titles('?search=REDES')).toEqual(['Website redesign']);
    expect(await titles('?ordering=-value')).toEqual(['Hosting renewal', 'Consulting', 'Website redesign']);
    expect((await call('GET', '/api/deals/?ordering=secret')).statusCode).toBe(400);
    const page = (await call('GET', '/api/deals/?page_size=2')).json();
    expect(page.count).toBe(3);
    expect(page.results).toHaveLength(2);
    // total_value of a customer sums its won deals only.
    expect((await call('GET', `/api/customers/${acme}/`)).json().total_value).toBe('100.00');
  });

  it('board: per-stage counts, totals, weighted totals and the first deals, with more by stage and page', async () => {
    const fresh = await createTeam(t.app, t.db);
    const call = (method: 'GET' | 'POST', url: string, payload?: object) =>
      asMember(t.app, fresh, fresh.owner, { method, url, ...(payload ? { payload } : {}) });
    const customer = (await call('POST', '/api/customers/', { name: 'Board Co' })).json().id;
    const pipeline = (await call('GET', '/api/pipelines/')).json().results[0];
    const proposal = pipeline.stages.find((s: { name: string }) => s.name === 'Proposal').id;
    for (let i = 0; i < 52; i++)
      await call('POST', '/api/deals/', { title: `P${i}`, customer_id: customer, value: '10.01', stage_id: proposal });
    await call('POST', '/api/deals/', { title: 'L1', customer_id: customer, value: '99.99' });
    const board = (await call('GET', `/api/pipelines/${pipeline.id}/board/`)).json();
    expect(board.columns.map((c: { stage: { name: string } }) => c.stage.name)).toEqual([
      'Lead',
      'Qualified',
      'Proposal',
      'Negotiation',
      'Closed Won',
      'Closed Lost',
    ]);
    const column = board.columns[2];
    expect(column).toMatchObject({ count: 52, total_value: '520.52', weighted_value: '260.52', has_more: true });
    expect(column.deals).toHaveLength(50);
    expect(column.deals[0].title).toBe('P0');
    expect(board.columns[0]).toMatchObject({
      count: 1,
      total_value: '99.99',
      weighted_value: '10.00',
      has_more: false,
    });
    const more = (await call('GET', `/api/pipelines/${pipeline.id}/board/?stage=${proposal}&page=2`)).json();
    expect(more.columns).toHaveLength(1);
    expect(more.columns[0].deals.map((d: { title: string }) => d.title)).toEqual(['P50', 'P51']);
    expect(more.columns[0].has_more).toBe(false);
  });
});

describe('organization currency', () => {
  it('cannot change once deals are recorded in it', async () => {
    const fresh = await createTeam(t.app, t.db);
    const url = `/api/organizations/${fresh.organizationId}/`;
    const patch = (currency: string) =>
      asMember(t.app, fresh, fresh.owner, { method: 'PATCH', url, payload: { currency } });
    expect((await patch('EUR')).json().currency).toBe('EUR');
    const customer = (
      await asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/customers/', payload: { name: 'C' } })
    ).json();
    await asMember(t.app, fresh, fresh.owner, {
      method: 'POST',
      url: '/api/deals/',
      payload: { title: 'D', customer_id: customer.id },
    });
    const refused = await patch('GBP');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().errors).toHaveProperty('currency');
    expect((await patch('EUR')).statusCode).toBe(200);
  });
});
