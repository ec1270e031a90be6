import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/test-app.js';
import { createTeam, type Team, type TeamMember, teamRequests } from '../../test/factories.js';
import { ManualClock } from '../../core/time.js';

const HOUR = 3_600_000;
/** Status moves, resolve and reopen, and first-response times (PRODUCT §4, §5), on a clock tests move. */
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

const STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
type Status = (typeof STATUSES)[number];
const ALLOWED: Record<Status, Status[]> = {
  open: ['in_progress'],
  in_progress: ['open'],
  resolved: ['closed'],
  closed: [],
};

/** An issue brought to `status` the way staff do it. */
async function issueIn(status: Status) {
  const issue = await createIssue(team.owner);
  const url = `/api/issues/${issue.id}/`;
  if (status === 'in_progress') await as(team.owner, 'PATCH', url, { status });
  if (status === 'resolved' || status === 'closed') await as(team.owner, 'POST', `${url}resolve/`);
  if (status === 'closed') await as(team.owner, 'PATCH', url, { status });
  const read = (await as(team.owner, 'GET', url)).json();
  expect(read.status).toBe(status);
  return read;
}

describe('issue status', () => {
  it.each(STATUSES)('PATCH from %s moves only along the allowed moves; anything else is 409', async (from) => {
    for (const to of STATUSES) {
      const issue = await issueIn(from);
      const res = await as(team.employee, 'PATCH', `/api/issues/${issue.id}/`, { status: to, title: 'Changed' });
      const expected = to === from || ALLOWED[from].includes(to) ? 200 : 409;
      expect(res.statusCode, `${from} → ${to}`).toBe(expected);
      const after = (await as(team.owner, 'GET', `/api/issues/${issue.id}/`)).json();
      expect(after.status, `${from} → ${to}`).toBe(expected === 200 ? to : from);
      // A refused move changes nothing else either.
      expect(after.title).toBe(expected === 200 ? 'Changed' : issue.title);
      if (expected === 409) expect(res.json().code).toBe('conflict');
    }
  });

  it('resolve works from open and in_progress (resolved_at, notes), and is 409 otherwise', async () => {
    for (const from of STATUSES) {
      const issue = await issueIn(from);
      clock.advance(1000);
      const res = await as(team.employee, 'POST', `/api/issues/${issue.id}/resolve/`, { resolution_notes: 'Replaced' });
      if (from === 'open' || from === 'in_progress') {
        expect(res.statusCode, from).toBe(200);
        expect(res.json()).toMatchObject({
          status: 'resolved',
          resolved_at: new Date(clock.now()).toISOString(),
          resolution_notes: 'Replaced',
        });
      } else {
        expect(res.statusCode, from).toBe(409);
      }
    }
    const withoutBody = await as(team.owner, 'POST', `/api/issues/${(await issueIn('open')).id}/resolve/`);
    expect(withoutBody.json()).toMatchObject({ status: 'resolved', resolution_notes: null });
  });

  it('reopen works from resolved and closed (resolved_at cleared), and is 409 otherwise', async () => {
    for (const from of STATUSES) {
      const issue = await issueIn(from);
      const res = await as(team.employee, 'POST', `/api/issues/${issue.id}/reopen/`);
      if (from === 'resolved' || from === 'closed') {
        expect(res.statusCode, from).toBe(200);
        expect(res.json()).toMatchObject({ status: 'open', resolved_at: null });
      } else {
        expect(res.statusCode, from).toBe(409);
      }
    }
  });
});

describe('first response', () => {
  const targets = (response_targets: object, on: Team = team) =>
    as(on.owner, 'PATCH', `/api/organizations/${on.organizationId}/`, { response_targets }, on);
  const plus = (iso: string, hours: number) => new Date(Date.parse(iso) + hours * HOUR).toISOString();

  it("is due at created_at plus the organization's target for the priority, read at creation", async () => {
    const medium = await createIssue(team.owner);
    expect(medium.first_response_due_at).toBe(plus(medium.created_at, 48));
    expect((await targets({ high: 2 })).statusCode).toBe(200);
    const high = await createIssue(team.owner, { priority: 'high' });
    expect(high.first_response_due_at).toBe(plus(high.created_at, 2));
    // Targets changed later apply to issues created or re-prioritised afterwards.
    await targets({ high: 3 });
    expect((await as(team.owner, 'GET', `/api/issues/${high.id}/`)).json().first_response_due_at).toBe(
      plus(high.created_at, 2),
    );
    await targets({ high: 24 });
  });

  it('a priority change recomputes the due time from created_at with the current targets', async () => {
    const issue = await createIssue(team.owner, { priority: 'low' });
    expect(issue.first_response_due_at).toBe(plus(issue.created_at, 120));
    clock.advance(2 * HOUR);
    await targets({ urgent: 1 });
    const urgent = (await as(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { priority: 'urgent' })).json();
    expect(urgent.first_response_due_at).toBe(plus(issue.created_at, 1));
    // Already late: the new due time is in the past.
    expect(urgent.response_overdue).toBe(true);
    const unchanged = (await as(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { title: 'Same priority' })).json();
    expect(unchanged.first_response_due_at).toBe(urgent.first_response_due_at);
    await targets({ urgent: 4 });
  });

  it('response_overdue turns true once the due time passes, and the filter finds exactly those', async () => {
    const fresh = await createTeam(t.app, t.db);
    const customer = await createCustomer(fresh.owner, {}, fresh);
    await targets({ high: 2 }, fresh);
    const mk = async (priority: string) =>
      (
        await as(
          fresh.owner,
          'POST',
          '/api/issues/',
          { title: priority, description: 'D', customer_id: customer.id, priority },
          fresh,
        )
      ).json();
    const high = await mk('high');
    const medium = await mk('medium');
    const answered = await mk('high');
    await as(fresh.owner, 'POST', `/api/issues/${answered.id}/comments/`, { body: 'Looking into it' }, fresh);
    const overdue = async () =>
      (await as(fresh.owner, 'GET', '/api/issues/?response_overdue=true', undefined, fresh))
        .json()
        .results.map((i: { id: number }) => i.id);
    expect(await overdue()).toEqual([]);
    clock.advance(2 * HOUR);
    expect(await overdue()).toEqual([]); // due == now is not yet late
    clock.advance(1);
    expect(await overdue()).toEqual([high.id]);
    expect((await as(fresh.owner, 'GET', `/api/issues/${high.id}/`, undefined, fresh)).json().response_overdue).toBe(
      true,
    );
    expect((await as(fresh.owner, 'GET', `/api/issues/${medium.id}/`, undefined, fresh)).json().response_overdue).toBe(
      false,
    );
    clock.advance(46 * HOUR);
    expect((await overdue()).sort()).toEqual([high.id, medium.id].sort());
    expect((await as(fresh.owner, 'GET', '/api/issues/?response_overdue=false', undefined, fresh)).statusCode).toBe(
      400,
    );
  });

  it('the first public staff comment is the first response; an internal note does not count', async () => {
    const issue = await createIssue(team.owner);
    const url = `/api/issues/${issue.id}/`;
    clock.advance(1000);
    await as(team.owner, 'POST', `${url}comments/`, { body: 'Internal: check stock', is_internal: true });
    expect((await as(team.owner, 'GET', url)).json().first_responded_at).toBeNull();
    clock.advance(1000);
    const reply = (await as(team.employee, 'POST', `${url}comments/`, { body: 'We are on it' })).json();
    clock.advance(1000);
    await as(team.manager, 'POST', `${url}comments/`, { body: 'Update' });
    const after = (await as(team.owner, 'GET', url)).json();
    expect(after.first_responded_at).toBe(reply.created_at);
    clock.advance(100 * HOUR);
    expect((await as(team.owner, 'GET', url)).json().response_overdue).toBe(false);
  });

  it('a resolution that comes first is the first response; a later one does not move it', async () => {
    const issue = await createIssue(team.owner);
    clock.advance(1000);
    const resolved = (await as(team.owner, 'POST', `/api/issues/${issue.id}/resolve/`)).json();
    expect(resolved.first_responded_at).toBe(resolved.resolved_at);
    await as(team.owner, 'POST', `/api/issues/${issue.id}/reopen/`);
    clock.advance(1000);
    const again = (await as(team.owner, 'POST', `/api/issues/${issue.id}/resolve/`)).json();
    expect(again.first_responded_at).toBe(resolved.resolved_at);
    expect(again.resolved_at).not.toBe(resolved.resolved_at);
  });
});
