import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { asMember, createPortalClient, createTeam, type Team, type TeamMember } from '../../test/factories.js';

/** Client mode (PRODUCT §1, §3): a customer's portal login reads and raises their own issues only. */
let t: TestApp;
let team: Team;
let mine: number;
let other: number;
let client: string;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
  mine = (await staff(team.owner, 'POST', '/api/customers/', { name: 'Portal customer' })).json().id;
  other = (await staff(team.owner, 'POST', '/api/customers/', { name: 'Someone else' })).json().id;
  // The real portal flow: the Owner invites the customer, who accepts the link with a new account.
  client = (await createPortalClient(t.app, team.owner.token, team.organizationId, mine)).token;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
const staff = (member: TeamMember, method: Method, url: string, payload?: object) =>
  asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });
const asClient = (method: Method, url: string, payload?: object) =>
  call(t.app, client, { method, url, org: team.organizationId, ...(payload ? { payload } : {}) });

async function staffIssue(customerId: number, payload: object = {}) {
  const res = await staff(team.owner, 'POST', '/api/issues/', {
    title: 'Staff raised',
    description: 'Noticed by support',
    customer_id: customerId,
    assigned_to: team.employee.employeeId,
    ...payload,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function createOrder(customerId: number): Promise<number> {
  const res = await staff(team.owner, 'POST', '/api/orders/', {
    title: 'Order',
    customer_id: customerId,
    items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id;
}

const STAFF_ONLY = ['assigned_to', 'assigned_to_name', 'created_by', 'response_overdue'];
function expectClientShape(issue: Record<string, unknown>) {
  for (const key of STAFF_ONLY) expect(issue, `has ${key}`).not.toHaveProperty(key);
  expect(issue.permissions).toEqual({ update: false, delete: false, assign: false, comment: true });
}

describe('a Client reads', () => {
  it("only their own customer's issues; another customer's is 404", async () => {
    const own = await staffIssue(mine);
    const foreign = await staffIssue(other);
    const list = await asClient('GET', '/api/issues/?page_size=100');
    expect(list.statusCode).toBe(200);
    const ids = list.json().results.map((i: { id: number }) => i.id);
    expect(ids).toContain(own.id);
    expect(ids).not.toContain(foreign.id);
    expect(list.json().results.every((i: { customer_id: number }) => i.customer_id === mine)).toBe(true);
    expect((await asClient('GET', `/api/issues/?customer=${other}`)).json().count).toBe(0);
    expect((await asClient('GET', `/api/issues/${own.id}/`)).statusCode).toBe(200);
    expect((await asClient('GET', `/api/issues/${foreign.id}/`)).statusCode).toBe(404);
    expect((await asClient('GET', `/api/issues/${foreign.id}/comments/`)).statusCode).toBe(404);
    expect((await asClient('POST', `/api/issues/${foreign.id}/comments/`, { body: 'hi' })).statusCode).toBe(404);
  });

  it('answers without staff-only fields in the list and the detail', async () => {
    const own = await staffIssue(mine);
    const list = await asClient('GET', '/api/issues/?page_size=100');
    for (const issue of list.json().results) expectClientShape(issue);
    const detail = (await asClient('GET', `/api/issues/${own.id}/`)).json();
    expectClientShape(detail);
    expect(detail).toMatchObject({ id: own.id, code: own.code, customer_name: 'Portal customer', status: 'open' });
    expect(list.body).not.toContain('"assigned_to');
  });

  it('cannot probe assignment or response times through the filters: they are ignored', async () => {
    await staffIssue(mine);
    const all = (await asClient('GET', '/api/issues/')).json().count;
    expect((await asClient('GET', `/api/issues/?assigned_to=${team.employee.employeeId}`)).json().count).toBe(all);
    expect((await asClient('GET', '/api/issues/?assigned_to=none')).json().count).toBe(all);
    expect((await asClient('GET', '/api/issues/?response_overdue=true')).json().count).toBe(all);
  });
});

describe('a Client raises an issue', () => {
  it('for their own customer: customer_id, assigned_to and read-only fields in the body are ignored', async () => {
    const res = await asClient('POST', '/api/issues/', {
      title: 'Missing part',
      description: 'The screws were not in the box.',
      category: 'delivery',
      priority: 'high',
      customer_id: other,
      assigned_to: team.manager.employeeId,
      raised_by_client: false,
      status: 'closed',
    });
    expect(res.statusCode, res.body).toBe(201);
    const issue = res.json();
    expectClientShape(issue);
    expect(issue).toMatchObject({
      customer_id: mine,
      priority: 'high',
      category: 'delivery',
      status: 'open',
      raised_by_client: true,
      first_responded_at: null,
    });
    expect(issue.code).toMatch(/^ISS-\d{3,}$/);
    const seen = (await staff(team.manager, 'GET', `/api/issues/${issue.id}/`)).json();
    expect(seen).toMatchObject({ assigned_to: null, raised_by_client: true, customer_id: mine });
    expect(seen.created_by).toEqual(expect.any(Number));
  });

  it('urgent is 400 at priority; an order of another customer is 400 at order_id; their own order is fine', async () => {
    const base = { title: 'Help', description: 'Please' };
    const urgent = await asClient('POST', '/api/issues/', { ...base, priority: 'urgent' });
    expect(urgent.statusCode).toBe(400);
    expect(urgent.json().errors).toHaveProperty('priority');
    const foreignOrder = await asClient('POST', '/api/issues/', { ...base, order_id: await createOrder(other) });
    expect(foreignOrder.statusCode).toBe(400);
    expect(foreignOrder.json().errors).toHaveProperty('order_id');
    const ownOrder = await createOrder(mine);
    const ok = await asClient('POST', '/api/issues/', { ...base, order_id: ownOrder });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ order_id: ownOrder, priority: 'medium' });
  });
});

describe('a Client never changes an issue', () => {
  it('PUT, PATCH, DELETE, resolve and reopen are 403, even on their own issue', async () => {
    const own = await staffIssue(mine);
    const url = `/api/issues/${own.id}/`;
    const attempts: [Method, string, object?][] = [
      ['PUT', url, { title: 'x', description: 'y' }],
      ['PATCH', url, { priority: 'urgent' }],
      ['PATCH', url, { status: 'in_progress' }],
      ['DELETE', url],
      ['POST', `${url}resolve/`],
      ['POST', `${url}reopen/`],
    ];
    for (const [method, path, payload] of attempts) {
      const res = await asClient(method, path, payload);
      expect(res.statusCode, `${method} ${path}`).toBe(403);
      expect(res.json().code).toBe('permission_denied');
    }
    const after = (await staff(team.owner, 'GET', url)).json();
    expect(after).toMatchObject({ status: 'open', priority: own.priority, title: own.title });
  });
});
