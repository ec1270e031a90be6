import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { createTeam, type Team, type TeamMember, teamRequests, type Method } from '../../test/factories.js';
import { ManualClock } from '../../core/time.js';

const clock = new ManualClock('2026-03-02T09:00:00.000Z');
let t: TestApp;
let team: Team;
let customerId: number;
beforeAll(async () => {
  t = await createTestApp({}, { clock });
  team = await createTeam(t.app, t.db);
  customerId = (await createCustomer(team.owner)).id;
});
afterAll(() => t.close());

const { as } = teamRequests(
  () => t.app,
  () => team,
);

async function createCustomer(member: TeamMember, payload: object = {}, on: Team = team) {
  const res = await as(member, 'POST', '/api/customers/', { name: 'Acme Support', ...payload }, on);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function createIssue(member: TeamMember, payload: object = {}, on: Team = team) {
  const res = await as(
    member,
    'POST',
    '/api/issues/',
    { title: 'Parcel arrived damaged', description: 'The box was crushed.', customer_id: customerId, ...payload },
    on,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

async function createOrder(forCustomer: number, on: Team = team): Promise<{ id: number; code: string }> {
  const res = await as(
    on.owner,
    'POST',
    '/api/orders/',
    { title: 'Order', customer_id: forCustomer, items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }] },
    on,
  );
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const ALL = { update: true, delete: true, assign: true, comment: true };

describe('issues CRUD', () => {
  it('staff raise an issue with a code, defaults and joined names; read-only fields are ignored', async () => {
    const order = await createOrder(customerId);
    const issue = await createIssue(team.owner, {
      order_id: order.id,
      assigned_to: team.manager.employeeId,
      priority: 'high',
      code: 'HACK-1',
      status: 'closed',
      raised_by_client: true,
      first_responded_at: '2020-01-01T00:00:00.000Z',
      organization_id: team.outsider.organization.id,
    });
    expect(issue).toMatchObject({
      customer_id: customerId,
      customer_name: 'Acme Support',
      order_id: order.id,
      order_code: order.code,
      title: 'Parcel arrived damaged',
      priority: 'high',
      category: 'general',
      status: 'open',
      raised_by_client: false,
      assigned_to: team.manager.employeeId,
      assigned_to_name: expect.any(String),
      resolved_at: null,
      resolution_notes: null,
      first_responded_at: null,
      response_overdue: false,
      created_by: team.owner.user.id,
      permissions: ALL,
    });
    expect(issue.code).toMatch(/^ISS-\d{3,}$/);
    const read = await as(team.employee, 'GET', `/api/issues/${issue.id}/`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual({
      ...issue,
      permissions: { update: true, delete: false, assign: true, comment: true },
    });
  });

  it('PATCH changes only what is sent and null clears; PUT needs the title', async () => {
    const order = await createOrder(customerId);
    const issue = await createIssue(team.owner, { order_id: order.id, assigned_to: team.employee.employeeId });
    const patched = await as(team.manager, 'PATCH', `/api/issues/${issue.id}/`, {
      order_id: null,
      assigned_to: null,
      category: 'delivery',
      customer_id: 999_999,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      order_id: null,
      order_code: null,
      assigned_to: null,
      assigned_to_name: null,
      category: 'delivery',
      customer_id: customerId,
      title: issue.title,
    });
    // PRODUCT §4: only the title is required (a description may stay empty).
    const badPut = await as(team.owner, 'PUT', `/api/issues/${issue.id}/`, { description: 'No title' });
    expect(badPut.statusCode).toBe(400);
    expect(badPut.json().errors.title).toEqual(['This field is required.']);
    expect((await as(team.owner, 'PUT', `/api/issues/${issue.id}/`, { title: 'Only a title' })).statusCode).toBe(200);
    const put = await as(team.owner, 'PUT', `/api/issues/${issue.id}/`, { title: 'New title', description: 'New' });
    expect(put.json()).toMatchObject({ title: 'New title', description: 'New', category: 'delivery' });
  });

  it('400 field errors: required fields, invisible or unknown ids, an order of another customer', async () => {
    const missing = await as(team.owner, 'POST', '/api/issues/', { priority: 'soon' });
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().errors).sort()).toEqual(['priority', 'title']);
    const base = { title: 'T', description: 'D' };
    const noCustomer = await as(team.owner, 'POST', '/api/issues/', base);
    expect(noCustomer.json().errors).toEqual({ customer_id: ['This field is required.'] });
    const foreign = await createCustomer(team.outsider, {}, team);
    for (const id of [foreign.id, 999_999]) {
      const res = await as(team.owner, 'POST', '/api/issues/', { ...base, customer_id: id });
      expect(res.statusCode).toBe(400);
      expect(res.json().errors).toHaveProperty('customer_id');
    }
    const other = await createCustomer(team.owner, { name: 'Other' });
    const othersOrder = await createOrder(other.id);
    const wrongOrder = await as(team.owner, 'POST', '/api/issues/', {
      ...base,
      customer_id: customerId,
      order_id: othersOrder.id,
    });
    expect(wrongOrder.statusCode).toBe(400);
    expect(wrongOrder.json().errors).toHaveProperty('order_id');
    const badAssignee = await as(team.owner, 'POST', '/api/issues/', {
      ...base,
      customer_id: customerId,
      assigned_to: team.outsider.employeeId,
    });
    expect(badAssignee.json().errors).toHaveProperty('assigned_to');
    const issue = await createIssue(team.owner);
    const patch = await as(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { order_id: othersOrder.id });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().errors).toHaveProperty('order_id');
  });

  it('delete answers 204 and takes the comments with it; then 404; audited', async () => {
    const issue = await createIssue(team.owner);
    await as(team.owner, 'POST', `/api/issues/${issue.id}/comments/`, { body: 'On it' });
    expect((await as(team.manager, 'DELETE', `/api/issues/${issue.id}/`)).statusCode).toBe(204);
    expect((await as(team.owner, 'GET', `/api/issues/${issue.id}/`)).statusCode).toBe(404);
    const left = await t.db.kysely.selectFrom('issue_comments').selectAll().where('issue_id', '=', issue.id).execute();
    expect(left).toEqual([]);
    const audit = (await as(team.owner, 'GET', `/api/audit-logs/?resource_type=issue&resource_id=${issue.id}`)).json();
    expect(audit.results.map((r: { action: string }) => r.action).sort()).toEqual(['create', 'delete', 'update']);
  });

  it('every write leaves its audit row: create, update, resolve, reopen, comment', async () => {
    const issue = await createIssue(team.owner);
    await as(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { priority: 'low' });
    await as(team.owner, 'POST', `/api/issues/${issue.id}/resolve/`, { resolution_notes: 'Refunded' });
    await as(team.owner, 'POST', `/api/issues/${issue.id}/reopen/`);
    const comment = (await as(team.owner, 'POST', `/api/issues/${issue.id}/comments/`, { body: 'Hi' })).json();
    const audit = (await as(team.owner, 'GET', `/api/audit-logs/?resource_type=issue&resource_id=${issue.id}`)).json();
    expect(audit.results.map((r: { action: string }) => r.action).sort()).toEqual([
      'create',
      'reopen',
      'resolve',
      'update',
    ]);
    const resolve = audit.results.find((r: { action: string }) => r.action === 'resolve');
    expect(resolve.changes.status).toEqual({ old: 'open', new: 'resolved' });
    const commentAudit = (
      await as(team.owner, 'GET', `/api/audit-logs/?resource_type=issue_comment&resource_id=${comment.id}`)
    ).json();
    expect(commentAudit.results).toEqual([expect.objectContaining({ action: 'create' })]);
  });
});

describe('issues roles', () => {
  it('Employee reads, raises, updates and comments; only Owner, Admin and Manager delete', async () => {
    const issue = await createIssue(team.owner);
    const raised = await createIssue(team.employee, { assigned_to: team.manager.employeeId });
    expect(raised.assigned_to).toBe(team.manager.employeeId);
    const patched = await as(team.employee, 'PATCH', `/api/issues/${issue.id}/`, {
      status: 'in_progress',
      assigned_to: team.employee.employeeId,
    });
    expect(patched.statusCode).toBe(200);
    expect((await as(team.employee, 'POST', `/api/issues/${issue.id}/comments/`, { body: 'x' })).statusCode).toBe(201);
    const denied = await as(team.employee, 'DELETE', `/api/issues/${issue.id}/`);
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('permission_denied');
    for (const member of [team.owner, team.admin, team.manager]) {
      const mine = await createIssue(member);
      expect((await as(member, 'DELETE', `/api/issues/${mine.id}/`)).statusCode).toBe(204);
    }
  });

  it("another organization's issue is 404 on every route", async () => {
    const issue = await createIssue(team.owner);
    const url = `/api/issues/${issue.id}/`;
    const attempts: [Method, string, object?][] = [
      ['GET', url],
      ['PUT', url, { title: 'x', description: 'y' }],
      ['PATCH', url, { title: 'x' }],
      ['DELETE', url],
      ['POST', `${url}resolve/`],
      ['POST', `${url}reopen/`],
      ['GET', `${url}comments/`],
      ['POST', `${url}comments/`, { body: 'hello' }],
    ];
    for (const [method, path, payload] of attempts) {
      expect((await as(team.outsider, method, path, payload)).statusCode, `${method} ${path}`).toBe(404);
    }
    const list = (await as(team.outsider, 'GET', '/api/issues/')).json();
    expect(list.results.map((i: { id: number }) => i.id)).not.toContain(issue.id);
  });

  it('with record_visibility own, an Employee sees issues of customers they see or assigned to them', async () => {
    const fresh = await createTeam(t.app, t.db);
    const on = (member: TeamMember, method: Method, url: string, payload?: object) =>
      as(member, method, url, payload, fresh);
    const theirs = await createCustomer(fresh.employee, { name: 'Theirs' }, fresh);
    const hidden = await createCustomer(fresh.owner, { name: 'Hidden' }, fresh);
    const mk = async (customer: number, assigned: number | null) =>
      (
        await on(fresh.owner, 'POST', '/api/issues/', {
          title: 'T',
          description: 'D',
          customer_id: customer,
          assigned_to: assigned,
        })
      ).json();
    const ofTheirs = await mk(theirs.id, null);
    const assigned = await mk(hidden.id, fresh.employee.employeeId);
    const invisible = await mk(hidden.id, null);
    await on(fresh.owner, 'PATCH', `/api/organizations/${fresh.organizationId}/`, {
      record_visibility: { employee: 'own' },
    });
    const list = (await on(fresh.employee, 'GET', '/api/issues/')).json();
    expect(list.results.map((i: { id: number }) => i.id).sort()).toEqual([ofTheirs.id, assigned.id].sort());
    expect(list.count).toBe(2);
    expect((await on(fresh.employee, 'GET', `/api/issues/${invisible.id}/`)).statusCode).toBe(404);
    expect((await on(fresh.employee, 'GET', `/api/issues/${invisible.id}/comments/`)).statusCode).toBe(404);
    const sneaky = await on(fresh.employee, 'POST', '/api/issues/', {
      title: 'T',
      description: 'D',
      customer_id: hidden.id,
    });
    expect(sneaky.statusCode).toBe(400);
    expect(sneaky.json().errors).toHaveProperty('customer_id');
  });
});

describe('issue codes', () => {
  it('50 parallel creates get 50 distinct codes', async () => {
    const fresh = await createTeam(t.app, t.db);
    const customer = await createCustomer(fresh.owner, {}, fresh);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        as(
          fresh.owner,
          'POST',
          '/api/issues/',
          { title: `Parallel ${i}`, description: 'D', customer_id: customer.id },
          fresh,
        ),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const codes = new Set(responses.map((r) => r.json().code as string));
    expect(codes.size).toBe(50);
    expect([...codes].sort()[0]).toBe('ISS-001');
    expect([...codes].sort()[49]).toBe('ISS-050');
  });
});

describe('issues list', () => {
  it('filters, searches, orders and paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const list = (query: string) => as(fresh.owner, 'GET', `/api/issues/${query}`, undefined, fresh);
    const ids = async (query: string) => (await list(query)).json().results.map((i: { id: number }) => i.id);
    const a = await createCustomer(fresh.owner, { name: 'A' }, fresh);
    const b = await createCustomer(fresh.owner, { name: 'B' }, fresh);
    const order = await createOrder(a.id, fresh);
    const mk = async (payload: object) =>
      (
        await as(fresh.owner, 'POST', '/api/issues/', { description: 'D', customer_id: a.id, ...payload }, fresh)
      ).json();
    const broken = await mk({ title: 'Broken hinge', priority: 'urgent', category: 'quality', order_id: order.id });
    const late = await mk({
      title: 'Late delivery',
      priority: 'low',
      category: 'delivery',
      customer_id: b.id,
      assigned_to: fresh.owner.employeeId,
    });
    const invoice = await mk({ title: 'Wrong invoice', category: 'billing', assigned_to: fresh.employee.employeeId });
    await as(fresh.owner, 'POST', `/api/issues/${invoice.id}/resolve/`, undefined, fresh);

    expect(await ids('?status=resolved')).toEqual([invoice.id]);
    expect(await ids('?priority=urgent')).toEqual([broken.id]);
    expect(await ids('?category=delivery')).toEqual([late.id]);
    expect((await ids(`?customer=${a.id}`)).sort()).toEqual([broken.id, invoice.id].sort());
    expect(await ids(`?order=${order.id}`)).toEqual([broken.id]);
    expect(await ids('?assigned_to=me')).toEqual([late.id]);
    expect(await ids('?assigned_to=none')).toEqual([broken.id]);
    expect(await ids(`?assigned_to=${fresh.employee.employeeId}`)).toEqual([invoice.id]);
    expect(await ids('?search=HINGE')).toEqual([broken.id]);
    expect(await ids(`?search=${late.code.toLowerCase()}`)).toEqual([late.id]);
    expect(await ids('?search=in')).toHaveLength(2);
    expect(await ids('?ordering=priority')).toEqual([late.id, invoice.id, broken.id]);
    expect(await ids('?ordering=-priority')).toEqual([broken.id, invoice.id, late.id]);
    expect(await ids('?ordering=status')).toEqual([broken.id, late.id, invoice.id]);
    expect(await ids('?ordering=title')).toEqual([broken.id, late.id, invoice.id]);
    expect(await ids('')).toEqual([invoice.id, late.id, broken.id]);
    const badOrdering = await list('?ordering=search_text');
    expect(badOrdering.statusCode).toBe(400);
    expect(badOrdering.json().errors).toHaveProperty('ordering');
    expect((await list('?status=waiting')).statusCode).toBe(400);

    const today = new Date(clock.now()).toISOString().slice(0, 10);
    expect((await list(`?created_after=${today}&created_before=${today}`)).json().count).toBe(3);
    expect((await list('?created_before=2000-01-01')).json().count).toBe(0);
    const page = (await list('?page_size=2&ordering=title')).json();
    expect(page).toMatchObject({
      count: 3,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/issues/?page_size=2&ordering=title&page=2`,
    });
    expect((await list('?page_size=2&page=2')).json().results).toHaveLength(1);
    expect((await list('?page_size=2&page=3')).statusCode).toBe(404);
  });
});
