import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { asMember, createTeam, STRONG_PASSWORD, type Team, type TeamMember } from '../../test/factories.js';
import { ManualClock } from '../../core/time.js';

const clock = new ManualClock('2026-05-04T08:00:00.000Z');
let t: TestApp;
let team: Team;
let customerId: number;
let client: string;
let clientUserId: number;
beforeAll(async () => {
  t = await createTestApp({}, { clock });
  team = await createTeam(t.app, t.db);
  customerId = (await staff(team.owner, 'POST', '/api/customers/', { name: 'Commenting customer' })).json().id;
  const invited = await staff(team.owner, 'POST', `/api/customers/${customerId}/invite_to_portal/`, {
    email: `comments-${process.pid}@example.com`,
  });
  const token = String(invited.json().accept_url).split('/').filter(Boolean).at(-1);
  const accepted = await t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept/`,
    payload: {
      username: `commenter${process.pid}`,
      password: STRONG_PASSWORD,
      first_name: 'Carla',
      last_name: 'Client',
    },
  });
  expect(accepted.statusCode, accepted.body).toBe(200);
  client = accepted.json().token;
  clientUserId = accepted.json().user.id;
});
afterAll(() => t.close());

type Method = 'GET' | 'POST' | 'PATCH';
const staff = (member: TeamMember, method: Method, url: string, payload?: object) =>
  asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });
const asClient = (method: Method, url: string, payload?: object) =>
  call(t.app, client, { method, url, org: team.organizationId, ...(payload ? { payload } : {}) });

async function newIssue() {
  const res = await staff(team.owner, 'POST', '/api/issues/', {
    title: 'Scratched table',
    description: 'Arrived with a scratch.',
    customer_id: customerId,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const comment = async (as: TeamMember | 'client', issueId: number, payload: object) => {
  clock.advance(1000);
  const url = `/api/issues/${issueId}/comments/`;
  const res = as === 'client' ? await asClient('POST', url, payload) : await staff(as, 'POST', url, payload);
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
};

describe('issue comments', () => {
  it("staff comments carry the author's name and is_staff; listed oldest first and paginated", async () => {
    const issue = await newIssue();
    const first = await comment(team.employee, issue.id, { body: 'We will send a replacement.' });
    expect(first).toEqual({
      id: expect.any(Number),
      issue_id: issue.id,
      author_user_id: team.employee.user.id,
      author_name: team.employee.user.full_name,
      body: 'We will send a replacement.',
      is_internal: false,
      is_staff: true,
      created_at: new Date(clock.now()).toISOString(),
    });
    const note = await comment(team.manager, issue.id, { body: 'Charge the carrier', is_internal: true });
    expect(note.is_internal).toBe(true);
    const reply = await comment('client', issue.id, { body: 'Thanks!' });
    const page1 = (await staff(team.owner, 'GET', `/api/issues/${issue.id}/comments/?page_size=2`)).json();
    expect(page1.count).toBe(3);
    expect(page1.results.map((c: { id: number }) => c.id)).toEqual([first.id, note.id]);
    expect(page1.next).toBe(`${TEST_PUBLIC_URL}/api/issues/${issue.id}/comments/?page_size=2&page=2`);
    const page2 = (await staff(team.owner, 'GET', `/api/issues/${issue.id}/comments/?page_size=2&page=2`)).json();
    expect(page2.results).toEqual([expect.objectContaining({ id: reply.id, is_staff: false, is_internal: false })]);
    expect((await staff(team.owner, 'GET', `/api/issues/${issue.id}/comments/?page=3`)).statusCode).toBe(404);
  });

  it('an empty body is a 400 at body', async () => {
    const issue = await newIssue();
    const res = await staff(team.owner, 'POST', `/api/issues/${issue.id}/comments/`, { body: '   ' });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toHaveProperty('body');
  });

  it('staff may still comment on a closed issue; it stays closed', async () => {
    const issue = await newIssue();
    await staff(team.owner, 'POST', `/api/issues/${issue.id}/resolve/`);
    await staff(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { status: 'closed' });
    await comment(team.employee, issue.id, { body: 'Closing note' });
    expect((await staff(team.owner, 'GET', `/api/issues/${issue.id}/`)).json().status).toBe('closed');
  });
});

describe("a Client's comments", () => {
  it('are never internal and never staff; the author is the user; they are no first response', async () => {
    const issue = await newIssue();
    const mine = await comment('client', issue.id, { body: 'Any news?', is_internal: true });
    expect(mine).toEqual({
      id: expect.any(Number),
      issue_id: issue.id,
      author_user_id: clientUserId,
      author_name: 'Carla Client',
      body: 'Any news?',
      is_staff: false,
      created_at: expect.any(String),
    });
    const seenByStaff = (await staff(team.owner, 'GET', `/api/issues/${issue.id}/comments/`)).json().results;
    expect(seenByStaff).toEqual([expect.objectContaining({ id: mine.id, is_internal: false, is_staff: false })]);
    expect((await staff(team.owner, 'GET', `/api/issues/${issue.id}/`)).json().first_responded_at).toBeNull();
  });

  it('a Client never receives an internal note: not in the list, not as an is_internal key', async () => {
    const issue = await newIssue();
    await comment(team.owner, issue.id, { body: 'SECRET-NOTE margin is thin', is_internal: true });
    const reply = await comment(team.employee, issue.id, { body: 'A courier comes Monday.' });
    const own = await comment('client', issue.id, { body: 'Great, thanks' });
    const res = await asClient('GET', `/api/issues/${issue.id}/comments/`);
    expect(res.statusCode).toBe(200);
    expect(res.json().count).toBe(2);
    expect(res.json().results.map((c: { id: number }) => c.id)).toEqual([reply.id, own.id]);
    expect(res.body).not.toContain('SECRET-NOTE');
    expect(res.body).not.toContain('is_internal');
    for (const c of res.json().results) expect(c).not.toHaveProperty('is_internal');
    expect(JSON.stringify(own)).not.toContain('is_internal');
    const detail = await asClient('GET', `/api/issues/${issue.id}/`);
    expect(detail.body).not.toContain('SECRET-NOTE');
  });

  it('reopen a resolved issue (audited as reopen); on a closed issue the comment is 409', async () => {
    const issue = await newIssue();
    await staff(team.owner, 'POST', `/api/issues/${issue.id}/resolve/`, { resolution_notes: 'Refunded' });
    await comment('client', issue.id, { body: 'It broke again.' });
    const reopened = (await asClient('GET', `/api/issues/${issue.id}/`)).json();
    expect(reopened).toMatchObject({ status: 'open', resolved_at: null });
    const audit = (
      await staff(team.owner, 'GET', `/api/audit-logs/?resource_type=issue&resource_id=${issue.id}&action=reopen`)
    ).json();
    expect(audit.results).toEqual([expect.objectContaining({ user_id: clientUserId })]);

    await staff(team.owner, 'POST', `/api/issues/${issue.id}/resolve/`);
    await staff(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { status: 'closed' });
    const closed = await asClient('POST', `/api/issues/${issue.id}/comments/`, { body: 'Hello?' });
    expect(closed.statusCode).toBe(409);
    expect(closed.json().code).toBe('conflict');
    expect((await staff(team.owner, 'GET', `/api/issues/${issue.id}/comments/`)).json().count).toBe(1);
  });

  it('a Client comment on an open or in-progress issue leaves its status alone', async () => {
    const issue = await newIssue();
    await staff(team.owner, 'PATCH', `/api/issues/${issue.id}/`, { status: 'in_progress' });
    await comment('client', issue.id, { body: 'Just checking' });
    expect((await asClient('GET', `/api/issues/${issue.id}/`)).json().status).toBe('in_progress');
  });
});
