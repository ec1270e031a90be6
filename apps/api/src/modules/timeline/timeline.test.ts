import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { createTeam, type Team, type TeamMember, teamRequests } from '../../test/factories.js';
import { ManualClock } from '../../core/time.js';

let t: TestApp;
let team: Team;
// Timestamps have millisecond precision: the clock moves on after each write, so "newest first" has
// no ties, without sleeping.
const clock = new ManualClock('2026-06-01T09:00:00.000Z');
beforeAll(async () => {
  t = await createTestApp({}, { clock });
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const { as } = teamRequests(
  () => t.app,
  () => team,
);

async function send(member: TeamMember, method: 'POST' | 'PATCH', url: string, payload: object) {
  const res = await as(member, method, url, payload);
  expect(res.statusCode, res.body).toBe(method === 'POST' ? 201 : 200);
  clock.advance(1000);
  return res.json();
}

interface Entry {
  id: string;
  kind: 'activity' | 'event';
  at: string;
  activity: { id: number } | null;
  event: {
    action: string;
    resource_type: string;
    resource_id: number;
    user_id: number;
    user_name: string;
    changes: object | null;
    fields: string[];
  } | null;
}

const label = (e: Entry) =>
  e.kind === 'activity'
    ? `activity ${e.activity?.id}`
    : `${e.event?.resource_type} ${e.event?.resource_id} ${e.event?.action}`;

async function timeline(member: TeamMember, url: string): Promise<Entry[]> {
  const res = await as(member, 'GET', url);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().results;
}

/** A customer with an update, an activity, a deal with an activity, and noise that must stay out. */
async function customerStory() {
  const customer = await send(team.owner, 'POST', '/api/customers/', { name: 'Acme Corp' });
  await send(team.owner, 'PATCH', `/api/customers/${customer.id}/`, { status: 'vip' });
  const call = await send(team.owner, 'POST', '/api/activities/', {
    type: 'call',
    subject: 'Intro',
    customer_id: customer.id,
  });
  const deal = await send(team.owner, 'POST', '/api/deals/', { title: 'Renewal', customer_id: customer.id });
  const meeting = await send(team.employee, 'POST', '/api/activities/', {
    type: 'meeting',
    subject: 'Demo',
    deal_id: deal.id,
  });
  const other = await send(team.owner, 'POST', '/api/customers/', { name: 'Other' });
  await send(team.owner, 'POST', '/api/activities/', { type: 'note', subject: 'Elsewhere', customer_id: other.id });
  return { customer, deal, call, meeting };
}

describe('customer timeline', () => {
  it("lists its activities and events and its deals', newest first", async () => {
    const { customer, deal, call, meeting } = await customerStory();
    const entries = await timeline(team.owner, `/api/customers/${customer.id}/timeline/`);
    expect(entries.map(label)).toEqual([
      `activity ${meeting.id}`,
      `deal ${deal.id} create`,
      `activity ${call.id}`,
      `customer ${customer.id} update`,
      `customer ${customer.id} create`,
    ]);
    const instants = entries.map((e) => e.at);
    expect([...instants].sort().reverse()).toEqual(instants);
    expect(entries[0]).toMatchObject({ id: `activity-${meeting.id}`, event: null });
    const read = await as(team.owner, 'GET', `/api/activities/${meeting.id}/`);
    expect(entries[0]?.activity).toEqual(read.json());
    expect(entries[3]).toMatchObject({
      id: expect.stringMatching(/^event-\d+$/),
      activity: null,
      event: { user_id: team.owner.user.id, user_name: team.owner.user.username, fields: ['status'] },
    });
  });

  it('shows old and new values to Owner and Admin only; field names to everyone', async () => {
    const { customer } = await customerStory();
    const updateOf = async (member: TeamMember) =>
      (await timeline(member, `/api/customers/${customer.id}/timeline/`)).find((e) => e.event?.action === 'update')
        ?.event;
    for (const member of [team.owner, team.admin]) {
      expect(await updateOf(member)).toMatchObject({
        changes: { status: { old: 'active', new: 'vip' } },
        fields: ['status'],
      });
    }
    for (const member of [team.manager, team.employee]) {
      expect(await updateOf(member)).toMatchObject({ changes: null, fields: ['status'] });
    }
  });

  it('paginates in the standard envelope', async () => {
    const { customer } = await customerStory();
    const url = `/api/customers/${customer.id}/timeline/`;
    const all = await timeline(team.owner, url);
    const page1 = (await as(team.owner, 'GET', `${url}?page_size=2`)).json();
    expect(page1).toMatchObject({ count: 5, previous: null, next: `${TEST_PUBLIC_URL}${url}?page_size=2&page=2` });
    const page3 = (await as(team.owner, 'GET', `${url}?page_size=2&page=3`)).json();
    expect(page3).toMatchObject({ count: 5, next: null, previous: `${TEST_PUBLIC_URL}${url}?page_size=2&page=2` });
    const page2 = (await as(team.owner, 'GET', `${url}?page_size=2&page=2`)).json();
    expect([...page1.results, ...page2.results, ...page3.results]).toEqual(all);
    expect((await as(team.owner, 'GET', `${url}?page_size=2&page=4`)).statusCode).toBe(404);
  });
});

describe('lead and deal timelines', () => {
  it("a lead's holds its own activities and events", async () => {
    const lead = await send(team.employee, 'POST', '/api/leads/', { first_name: 'Lena' });
    const task = await send(team.employee, 'POST', '/api/activities/', {
      type: 'task',
      subject: 'Follow up',
      lead_id: lead.id,
    });
    await send(team.employee, 'PATCH', `/api/leads/${lead.id}/`, { phone: '+1 555' });
    const entries = await timeline(team.employee, `/api/leads/${lead.id}/timeline/`);
    expect(entries.map(label)).toEqual([`lead ${lead.id} update`, `activity ${task.id}`, `lead ${lead.id} create`]);
    expect(entries[0]?.event).toMatchObject({ changes: null, user_id: team.employee.user.id });
    expect(entries[0]?.event?.fields).toContain('phone');
  });

  it("a deal's holds only the deal's, not its customer's", async () => {
    const { deal, meeting } = await customerStory();
    const entries = await timeline(team.manager, `/api/deals/${deal.id}/timeline/`);
    expect(entries.map(label)).toEqual([`activity ${meeting.id}`, `deal ${deal.id} create`]);
  });

  it('an empty timeline is an empty first page', async () => {
    const lead = (await as(team.owner, 'POST', '/api/leads/', { company: 'Quiet' })).json();
    // Every record gets a create event, so only removing it shows an empty timeline.
    await t.db.kysely
      .deleteFrom('audit_logs')
      .where('resource_type', '=', 'lead')
      .where('resource_id', '=', lead.id)
      .execute();
    const res = (await as(team.owner, 'GET', `/api/leads/${lead.id}/timeline/`)).json();
    expect(res).toEqual({ count: 0, next: null, previous: null, results: [] });
  });
});

describe('timeline access', () => {
  it("an unknown id or another organization's record is 404", async () => {
    const { customer, deal } = await customerStory();
    const lead = await send(team.owner, 'POST', '/api/leads/', { last_name: 'Smith' });
    for (const url of [
      `/api/customers/${customer.id}/timeline/`,
      `/api/leads/${lead.id}/timeline/`,
      `/api/deals/${deal.id}/timeline/`,
    ]) {
      expect((await as(team.outsider, 'GET', url)).statusCode, url).toBe(404);
    }
    for (const resource of ['customers', 'leads', 'deals']) {
      expect((await as(team.owner, 'GET', `/api/${resource}/999999/timeline/`)).statusCode, resource).toBe(404);
      expect((await as(team.owner, 'GET', `/api/${resource}/abc/timeline/`)).statusCode, resource).toBe(404);
    }
  });

  it('needs authentication', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/customers/1/timeline/' });
    expect(res.statusCode).toBe(401);
  });
});
