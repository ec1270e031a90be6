import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { asMember, createTeam, type Team, type TeamMember } from '../../test/factories.js';

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const as = (member: TeamMember, method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });

async function createCustomer(member: TeamMember, payload: object = {}) {
  const res = await as(member, 'POST', '/api/customers/', { name: 'Acme Corp', ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('customers CRUD', () => {
  it('creates with a code, defaults and derived fields; reads it back', async () => {
    const customer = await createCustomer(team.owner, {
      name: '  Globex  ',
      email: 'Sales@Globex.Example',
      company_name: 'Globex Corporation',
      assigned_to: team.manager.employeeId,
      custom_fields: { segment: 'enterprise', seats: 40 },
      tags: ['hot', 'hot', 'q4'],
      code: 'HACK-1',
      total_value: '999.00',
      organization_id: team.outsider.organization.id,
    });
    expect(customer).toMatchObject({
      name: 'Globex',
      email: 'sales@globex.example',
      customer_type: 'individual',
      status: 'active',
      assigned_to: team.manager.employeeId,
      assigned_to_name: expect.any(String),
      total_value: '0.00',
      custom_fields: { segment: 'enterprise', seats: 40 },
      tags: ['hot', 'q4'],
      user_id: null,
      converted_from_lead_id: null,
      created_by: team.owner.user.id,
      phone: null,
    });
    expect(customer.code).toMatch(/^CUST-\d{3,}$/);
    const read = await as(team.employee, 'GET', `/api/customers/${customer.id}/`);
    expect(read.statusCode).toBe(200);
    // The same record, with what the reader — an Employee, not its creator — may do with it.
    expect(customer.permissions).toEqual({ update: true, delete: true, assign: true });
    expect(read.json()).toEqual({
      ...customer,
      permissions: { update: false, delete: false, assign: customer.assigned_to === null },
    });
  });

  it('PATCH changes only what is sent; null clears; PUT needs the required fields', async () => {
    const customer = await createCustomer(team.owner, { phone: '+1 555', city: 'Paris' });
    const patched = await as(team.owner, 'PATCH', `/api/customers/${customer.id}/`, { city: null, status: 'vip' });
    expect(patched.json()).toMatchObject({ phone: '+1 555', city: null, status: 'vip', name: 'Acme Corp' });
    const put = await as(team.owner, 'PUT', `/api/customers/${customer.id}/`, { phone: '+1 777' });
    expect(put.statusCode).toBe(400);
    expect(put.json().errors.name).toEqual(['This field is required.']);
  });

  it('validation errors at the fields', async () => {
    const res = await as(team.owner, 'POST', '/api/customers/', {
      name: '',
      email: 'bad',
      status: 'gold',
      assigned_to: 999999,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().errors).sort()).toEqual(['email', 'name', 'status']);
    const badAssignee = await as(team.owner, 'POST', '/api/customers/', {
      name: 'X',
      assigned_to: team.outsider.employeeId,
    });
    expect(badAssignee.statusCode).toBe(400);
    expect(badAssignee.json().errors).toHaveProperty('assigned_to');
  });

  it('delete answers 204, then 404', async () => {
    const customer = await createCustomer(team.manager);
    expect((await as(team.manager, 'DELETE', `/api/customers/${customer.id}/`)).statusCode).toBe(204);
    expect((await as(team.owner, 'GET', `/api/customers/${customer.id}/`)).statusCode).toBe(404);
  });
});

describe('customers roles', () => {
  it('Employee reads all, creates assigned to self, updates only own, cannot reassign or delete', async () => {
    const others = await createCustomer(team.manager, { assigned_to: team.manager.employeeId });
    expect((await as(team.employee, 'GET', `/api/customers/${others.id}/`)).statusCode).toBe(200);
    const denied = await as(team.employee, 'PATCH', `/api/customers/${others.id}/`, { notes: 'mine now' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('permission_denied');

    const own = await createCustomer(team.employee);
    expect(own.assigned_to).toBe(team.employee.employeeId);
    expect(
      (await as(team.employee, 'POST', '/api/customers/', { name: 'Y', assigned_to: team.manager.employeeId }))
        .statusCode,
    ).toBe(403);
    expect((await as(team.employee, 'PATCH', `/api/customers/${own.id}/`, { notes: 'called' })).statusCode).toBe(200);
    expect(
      (await as(team.employee, 'PATCH', `/api/customers/${own.id}/`, { assigned_to: team.manager.employeeId }))
        .statusCode,
    ).toBe(403);
    expect((await as(team.employee, 'DELETE', `/api/customers/${own.id}/`)).statusCode).toBe(403);

    // A record they created but someone else holds is still theirs to edit.
    const reassigned = await as(team.owner, 'PATCH', `/api/customers/${own.id}/`, {
      assigned_to: team.manager.employeeId,
    });
    expect(reassigned.statusCode).toBe(200);
    expect((await as(team.employee, 'PATCH', `/api/customers/${own.id}/`, { notes: 'still mine' })).statusCode).toBe(
      200,
    );
  });

  it("another organization's customer is 404 on every route", async () => {
    const customer = await createCustomer(team.owner);
    for (const [method, payload] of [['GET'], ['PATCH', { notes: 'x' }], ['PUT', { name: 'x' }], ['DELETE']] as const) {
      const res = await as(team.outsider, method, `/api/customers/${customer.id}/`, payload);
      expect(res.statusCode, method).toBe(404);
    }
    const list = (await as(team.outsider, 'GET', '/api/customers/')).json();
    expect(list.results.map((c: { id: number }) => c.id)).not.toContain(customer.id);
  });
});

describe('customers list', () => {
  it('searches substrings case-insensitively, filters, orders and paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const mk = (payload: object) =>
      asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/customers/', payload });
    await mk({ name: 'Zeta Widgets', email: 'buy@zeta.example', status: 'prospect' });
    await mk({ name: 'Alpha Tools', company_name: 'Alphabet Holdings', status: 'vip' });
    await mk({ name: 'Beta', email: 'hello@betamax.example', customer_type: 'business' });
    for (let i = 0; i < 3; i++) await mk({ name: `Filler ${i}` });
    const list = (url: string) => asMember(t.app, fresh, fresh.owner, { method: 'GET', url });

    expect((await list('/api/customers/?search=ALPHABET')).json().results.map((c: { name: string }) => c.name)).toEqual(
      ['Alpha Tools'],
    );
    expect((await list('/api/customers/?search=zeta.ex')).json().count).toBe(1);
    expect((await list('/api/customers/?search=ZE')).json().results.map((c: { name: string }) => c.name)).toEqual([
      'Zeta Widgets',
    ]);
    expect((await list('/api/customers/?search=cust-00')).json().count).toBe(6);
    expect((await list('/api/customers/?search=100%25')).json().count).toBe(0);
    expect((await list('/api/customers/?status=vip')).json().results.map((c: { name: string }) => c.name)).toEqual([
      'Alpha Tools',
    ]);
    expect((await list('/api/customers/?customer_type=business')).json().count).toBe(1);
    const ordered = (await list('/api/customers/?ordering=name')).json().results.map((c: { name: string }) => c.name);
    expect(ordered.slice(0, 3)).toEqual(['Alpha Tools', 'Beta', 'Filler 0']);
    expect((await list('/api/customers/?ordering=-name')).json().results[0].name).toBe('Zeta Widgets');
    const badOrdering = await list('/api/customers/?ordering=password');
    expect(badOrdering.statusCode).toBe(400);
    expect(badOrdering.json().errors).toHaveProperty('ordering');

    const page = (await list('/api/customers/?page_size=4&ordering=name&status=active')).json();
    expect(page.count).toBe(4);
    expect(page.next).toBeNull();
    const page1 = (await list('/api/customers/?page_size=4&ordering=name')).json();
    expect(page1).toMatchObject({
      count: 6,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/customers/?page_size=4&ordering=name&page=2`,
    });
    expect((await list('/api/customers/?page_size=4&page=2')).json().results).toHaveLength(2);
    expect((await list('/api/customers/?page=3&page_size=4')).statusCode).toBe(404);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`/api/customers/?created_after=${today}&created_before=${today}`)).json().count).toBe(6);
    expect((await list('/api/customers/?created_before=2000-01-01')).json().count).toBe(0);
    expect((await list('/api/customers/?created_after=yesterday')).statusCode).toBe(400);
  });

  it('stats counts by status and type, and new this month', async () => {
    const fresh = await createTeam(t.app, t.db);
    const mk = (payload: object) =>
      asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/customers/', payload });
    await mk({ name: 'A', status: 'vip', customer_type: 'business' });
    await mk({ name: 'B' });
    await mk({ name: 'C', status: 'vip' });
    const stats = (
      await asMember(t.app, fresh, fresh.employee, { method: 'GET', url: '/api/customers/stats/' })
    ).json();
    expect(stats).toEqual({
      total: 3,
      by_status: { active: 1, vip: 2 },
      by_type: { business: 1, individual: 2 },
      new_this_month: 3,
    });
  });
});

describe('customer codes', () => {
  it('50 parallel creates get 50 distinct codes', async () => {
    const fresh = await createTeam(t.app, t.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        asMember(t.app, fresh, fresh.owner, {
          method: 'POST',
          url: '/api/customers/',
          payload: { name: `Parallel ${i}` },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const codes = new Set(responses.map((r) => r.json().code as string));
    expect(codes.size).toBe(50);
    expect([...codes].sort()[0]).toBe('CUST-001');
  });
});
