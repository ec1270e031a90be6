import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { asMember, createTeam, type Team, type TeamMember, teamRequests } from '../../test/factories.js';

let t: TestApp;
let team: Team;
let customerId: number;
let leadId: number;
let dealId: number;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
  customerId = (await created(team.owner, '/api/customers/', { name: 'Acme Corp' })).id;
  leadId = (await created(team.owner, '/api/leads/', { first_name: 'Lena' })).id;
  dealId = (await created(team.owner, '/api/deals/', { title: 'Big deal', customer_id: customerId })).id;
});
afterAll(() => t.close());

const { as } = teamRequests(
  () => t.app,
  () => team,
);

async function created(member: TeamMember, url: string, payload: object) {
  const res = await as(member, 'POST', url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const createActivity = (member: TeamMember, payload: object = {}) =>
  created(member, '/api/activities/', { type: 'call', subject: 'Intro call', customer_id: customerId, ...payload });

const auditActions = async (id: number) =>
  (
    await t.db.kysely
      .selectFrom('audit_logs')
      .select('action')
      .where('resource_type', '=', 'activity')
      .where('resource_id', '=', id)
      .orderBy('id')
      .execute()
  ).map((r) => r.action);

describe('activities CRUD', () => {
  it('creates with names and derived fields; reads it back; ignores read-only fields', async () => {
    const activity = await createActivity(team.owner, {
      type: 'meeting',
      subject: '  Kick-off  ',
      body: 'Agenda: scope',
      due_at: '2026-11-06T14:00:00+02:00',
      assigned_to: team.manager.employeeId,
      completed_at: '2020-01-01T00:00:00.000Z',
      is_completed: true,
      created_by: team.admin.user.id,
      organization_id: team.outsider.organization.id,
    });
    expect(activity).toMatchObject({
      type: 'meeting',
      subject: 'Kick-off',
      body: 'Agenda: scope',
      customer_id: customerId,
      lead_id: null,
      deal_id: null,
      due_at: '2026-11-06T12:00:00.000Z',
      completed_at: null,
      is_completed: false,
      assigned_to: team.manager.employeeId,
      assigned_to_name: expect.any(String),
      created_by: team.owner.user.id,
      created_by_name: team.owner.user.username,
    });
    expect(activity.assigned_to_name).not.toBe('');
    const read = await as(team.employee, 'GET', `/api/activities/${activity.id}/`);
    expect(read.statusCode).toBe(200);
    // The same record, with what its reader (an Employee, neither assignee nor creator) may do.
    expect(read.json()).toEqual({ ...activity, permissions: { update: false, delete: false, assign: false } });
  });

  it('links to a lead or a deal, and names what it belongs to', async () => {
    expect(await createActivity(team.owner, {})).toMatchObject({ customer_id: customerId, related_name: 'Acme Corp' });
    expect(await createActivity(team.owner, { customer_id: null, lead_id: leadId })).toMatchObject({
      lead_id: leadId,
      customer_id: null,
      related_name: 'Lena',
    });
    const onDeal = await createActivity(team.owner, { customer_id: undefined, deal_id: dealId });
    expect(onDeal).toMatchObject({ deal_id: dealId, customer_id: null });
    expect(onDeal.related_name).toEqual(expect.any(String));
  });

  it('PATCH changes only what is sent, null clears, the link never changes; PUT needs type and subject', async () => {
    const activity = await createActivity(team.owner, { body: 'notes', due_at: '2026-01-01T09:00:00Z' });
    const patched = await as(team.owner, 'PATCH', `/api/activities/${activity.id}/`, {
      due_at: null,
      type: 'email',
      customer_id: null,
      lead_id: leadId,
    });
    expect(patched.statusCode, patched.body).toBe(200);
    expect(patched.json()).toMatchObject({
      due_at: null,
      type: 'email',
      body: 'notes',
      subject: 'Intro call',
      customer_id: customerId,
      lead_id: null,
    });
    const put = await as(team.owner, 'PUT', `/api/activities/${activity.id}/`, { body: 'x' });
    expect(put.statusCode).toBe(400);
    expect(Object.keys(put.json().errors).sort()).toEqual(['subject', 'type']);
    const replaced = await as(team.owner, 'PUT', `/api/activities/${activity.id}/`, {
      type: 'note',
      subject: 'Replaced',
    });
    expect(replaced.json()).toMatchObject({
      type: 'note',
      subject: 'Replaced',
      body: 'notes',
      customer_id: customerId,
    });
  });

  it('validation: exactly one link, a visible one, and the required fields', async () => {
    const none = await as(team.owner, 'POST', '/api/activities/', { type: 'call', subject: 'Nothing' });
    expect(none.statusCode).toBe(400);
    expect(none.json().errors).toHaveProperty('non_field_errors');
    const two = await as(team.owner, 'POST', '/api/activities/', {
      type: 'call',
      subject: 'Two',
      customer_id: customerId,
      lead_id: leadId,
    });
    expect(two.statusCode).toBe(400);
    expect(two.json().errors).toHaveProperty('non_field_errors');

    const foreign = await created(team.outsider, '/api/customers/', { name: 'Not yours' });
    const wrongOrg = await as(team.owner, 'POST', '/api/activities/', {
      type: 'call',
      subject: 'X',
      customer_id: foreign.id,
    });
    expect(wrongOrg.statusCode).toBe(400);
    expect(wrongOrg.json().errors).toHaveProperty('customer_id');
    const unknownLead = await as(team.owner, 'POST', '/api/activities/', {
      type: 'call',
      subject: 'X',
      lead_id: 999999,
    });
    expect(unknownLead.json().errors).toHaveProperty('lead_id');
    const unknownDeal = await as(team.owner, 'POST', '/api/activities/', {
      type: 'call',
      subject: 'X',
      deal_id: 999999,
    });
    expect(unknownDeal.json().errors).toHaveProperty('deal_id');

    const bad = await as(team.owner, 'POST', '/api/activities/', {
      type: 'visit',
      subject: '',
      customer_id: customerId,
      due_at: 'tomorrow',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().errors).sort()).toEqual(['due_at', 'subject', 'type']);
    const badAssignee = await as(team.owner, 'POST', '/api/activities/', {
      type: 'call',
      subject: 'X',
      customer_id: customerId,
      assigned_to: team.outsider.employeeId,
    });
    expect(badAssignee.statusCode).toBe(400);
    expect(badAssignee.json().errors).toHaveProperty('assigned_to');
  });

  it('complete sets completed_at once; completing again is a 409', async () => {
    const activity = await createActivity(team.owner);
    const done = await as(team.owner, 'POST', `/api/activities/${activity.id}/complete/`);
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ is_completed: true, completed_at: expect.stringMatching(/Z$/) });
    const again = await as(team.owner, 'POST', `/api/activities/${activity.id}/complete/`);
    expect(again.statusCode).toBe(409);
    expect(again.json().code).toBe('conflict');
    expect((await as(team.owner, 'GET', `/api/activities/${activity.id}/`)).json().completed_at).toBe(
      done.json().completed_at,
    );
  });

  it('delete answers 204, then 404; every write is audited', async () => {
    const activity = await createActivity(team.manager);
    expect((await as(team.manager, 'PATCH', `/api/activities/${activity.id}/`, { body: 'x' })).statusCode).toBe(200);
    expect((await as(team.manager, 'POST', `/api/activities/${activity.id}/complete/`)).statusCode).toBe(200);
    expect((await as(team.manager, 'DELETE', `/api/activities/${activity.id}/`)).statusCode).toBe(204);
    expect((await as(team.owner, 'GET', `/api/activities/${activity.id}/`)).statusCode).toBe(404);
    expect(await auditActions(activity.id)).toEqual(['create', 'update', 'complete', 'delete']);
  });
});

describe('activities roles', () => {
  it('Employee reads all, creates assigned to self, updates and completes only own, cannot reassign or delete', async () => {
    const others = await createActivity(team.manager, { assigned_to: team.manager.employeeId });
    expect((await as(team.employee, 'GET', `/api/activities/${others.id}/`)).statusCode).toBe(200);
    const denied = await as(team.employee, 'PATCH', `/api/activities/${others.id}/`, { body: 'mine now' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('permission_denied');
    expect((await as(team.employee, 'POST', `/api/activities/${others.id}/complete/`)).statusCode).toBe(403);

    const own = await createActivity(team.employee);
    expect(own.assigned_to).toBe(team.employee.employeeId);
    const assignOther = await as(team.employee, 'POST', '/api/activities/', {
      type: 'call',
      subject: 'Y',
      customer_id: customerId,
      assigned_to: team.manager.employeeId,
    });
    expect(assignOther.statusCode).toBe(403);
    expect((await as(team.employee, 'PATCH', `/api/activities/${own.id}/`, { body: 'called' })).statusCode).toBe(200);
    expect(
      (await as(team.employee, 'PATCH', `/api/activities/${own.id}/`, { assigned_to: team.manager.employeeId }))
        .statusCode,
    ).toBe(403);
    expect((await as(team.employee, 'DELETE', `/api/activities/${own.id}/`)).statusCode).toBe(403);
    expect((await as(team.employee, 'POST', `/api/activities/${own.id}/complete/`)).statusCode).toBe(200);
  });

  it("another organization's activity is 404 on every route", async () => {
    const activity = await createActivity(team.owner);
    const attempts = [
      ['GET', `/api/activities/${activity.id}/`],
      ['PATCH', `/api/activities/${activity.id}/`, { body: 'x' }],
      ['PUT', `/api/activities/${activity.id}/`, { type: 'call', subject: 'x' }],
      ['POST', `/api/activities/${activity.id}/complete/`],
      ['DELETE', `/api/activities/${activity.id}/`],
    ] as const;
    for (const [method, url, payload] of attempts) {
      const res = await as(team.outsider, method, url, payload);
      expect(res.statusCode, `${method} ${url}`).toBe(404);
    }
    const list = (await as(team.outsider, 'GET', '/api/activities/')).json();
    expect(list.results.map((a: { id: number }) => a.id)).not.toContain(activity.id);
    expect((await as(team.owner, 'GET', `/api/activities/${activity.id}/`)).json().is_completed).toBe(false);
  });
});

describe('activities list', () => {
  it('filters, searches, orders and paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const post = async (url: string, payload: object) => {
      const res = await asMember(t.app, fresh, fresh.owner, { method: 'POST', url, payload });
      expect(res.statusCode, res.body).toBe(201);
      return res.json();
    };
    const customer = await post('/api/customers/', { name: 'Initech' });
    const lead = await post('/api/leads/', { company: 'Hooli' });
    const mk = (payload: object) => post('/api/activities/', { type: 'call', customer_id: customer.id, ...payload });
    await mk({ subject: 'Alpha call', due_at: '2026-03-01T10:00:00Z' });
    await mk({
      subject: 'Bravo email',
      type: 'email',
      body: 'Quarterly PRICING sheet',
      due_at: '2026-01-01T10:00:00Z',
    });
    await mk({
      subject: 'Charlie task',
      type: 'task',
      customer_id: undefined,
      lead_id: lead.id,
      assigned_to: fresh.manager.employeeId,
    });
    const done = await mk({ subject: 'Delta note', type: 'note', due_at: '2026-02-01T10:00:00Z' });
    await asMember(t.app, fresh, fresh.owner, { method: 'POST', url: `/api/activities/${done.id}/complete/` });
    const list = (url: string) => asMember(t.app, fresh, fresh.owner, { method: 'GET', url });
    const subjects = async (url: string) => (await list(url)).json().results.map((a: { subject: string }) => a.subject);

    expect(await subjects('/api/activities/')).toEqual(['Delta note', 'Charlie task', 'Bravo email', 'Alpha call']);
    expect(await subjects('/api/activities/?type=email')).toEqual(['Bravo email']);
    expect(await subjects(`/api/activities/?lead=${lead.id}`)).toEqual(['Charlie task']);
    expect((await list(`/api/activities/?customer=${customer.id}`)).json().count).toBe(3);
    expect(await subjects(`/api/activities/?assigned_to=${fresh.manager.employeeId}`)).toEqual(['Charlie task']);
    expect(await subjects('/api/activities/?completed=true')).toEqual(['Delta note']);
    expect((await list('/api/activities/?completed=false')).json().count).toBe(3);
    expect(await subjects('/api/activities/?search=pricing')).toEqual(['Bravo email']);
    expect(await subjects('/api/activities/?search=CHARLIE')).toEqual(['Charlie task']);
    expect(await subjects('/api/activities/?search=ta')).toEqual(['Delta note', 'Charlie task']);
    expect((await list('/api/activities/?completed=maybe')).statusCode).toBe(400);

    expect(await subjects('/api/activities/?ordering=subject')).toEqual([
      'Alpha call',
      'Bravo email',
      'Charlie task',
      'Delta note',
    ]);
    expect(await subjects('/api/activities/?ordering=due_at')).toEqual([
      'Bravo email',
      'Delta note',
      'Alpha call',
      'Charlie task',
    ]);
    expect(await subjects('/api/activities/?ordering=-due_at')).toEqual([
      'Alpha call',
      'Delta note',
      'Bravo email',
      'Charlie task',
    ]);
    const badOrdering = await list('/api/activities/?ordering=body');
    expect(badOrdering.statusCode).toBe(400);
    expect(badOrdering.json().errors).toHaveProperty('ordering');

    const page1 = (await list('/api/activities/?page_size=3&ordering=subject')).json();
    expect(page1).toMatchObject({
      count: 4,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/activities/?page_size=3&ordering=subject&page=2`,
    });
    const page2 = (await list('/api/activities/?page_size=3&ordering=subject&page=2')).json();
    expect(page2.results.map((a: { subject: string }) => a.subject)).toEqual(['Delta note']);
    expect((await list('/api/activities/?page_size=3&page=3')).statusCode).toBe(404);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`/api/activities/?created_after=${today}&created_before=${today}`)).json().count).toBe(4);
    expect((await list('/api/activities/?created_before=2000-01-01')).json().count).toBe(0);
  });

  it('filters by deal', async () => {
    const activity = await createActivity(team.owner, { customer_id: null, deal_id: dealId, subject: 'Deal review' });
    const res = (await as(team.owner, 'GET', `/api/activities/?deal=${dealId}`)).json();
    expect(res.results.map((a: { id: number }) => a.id)).toContain(activity.id);
    expect(res.results.every((a: { deal_id: number }) => a.deal_id === dealId)).toBe(true);
  });
});
