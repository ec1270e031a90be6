import { Writable } from 'node:stream';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ConsoleMailer } from '../../core/mailer.js';
import { call, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { createTeam, registerUser, STRONG_PASSWORD, type Team, type TeamMember } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let team: Team;
let sequence = 0;
beforeEach(async () => {
  team = await createTeam(t.app, t.db);
});

const freshEmail = () => `invitee-${process.pid}-${++sequence}@example.com`;
const orgUrl = () => `/api/organizations/${team.organizationId}`;
const tokenOf = (acceptUrl: string) => acceptUrl.split('/').at(-1) as string;

async function invite(by: TeamMember, email: string, role = 'employee') {
  const res = await call(t.app, by.token, {
    method: 'POST',
    url: `${orgUrl()}/invitations/`,
    payload: { email, role },
  });
  expect(res.statusCode, res.body).toBe(201);
  const body = res.json<{ id: number; email: string; role: string; accept_url: string }>();
  return { ...body, token: tokenOf(body.accept_url) };
}

const preview = (token: string) => t.app.inject({ method: 'GET', url: `/api/invitations/${token}/` });
const acceptAsNew = (token: string, payload: object) =>
  t.app.inject({ method: 'POST', url: `/api/invitations/${token}/accept/`, payload });
const acceptAs = (userToken: string, token: string) =>
  call(t.app, userToken, { method: 'POST', url: `/api/invitations/${token}/accept/` });
let usernames = 0;
const newAccount = () => ({
  username: `joiner${process.pid}x${++usernames}`,
  password: STRONG_PASSWORD,
  first_name: 'Jo',
});

describe('creating invitations', () => {
  it('answers the link once, stores only its hash, emails it, and lists pending ones without tokens', async () => {
    const email = freshEmail();
    const res = await call(t.app, team.admin.token, {
      method: 'POST',
      url: `${orgUrl()}/invitations/`,
      payload: { email: email.toUpperCase(), role: 'manager' },
    });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({
      email,
      role: 'manager',
      customer_id: null,
      invited_by: team.admin.user.id,
      email_sent: true,
    });
    expect(body.accept_url).toMatch(new RegExp(`^${TEST_PUBLIC_URL}/accept-invitation/[0-9a-f]{40}$`));
    const days = (Date.parse(body.expires_at) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(6.99);
    expect(days).toBeLessThanOrEqual(7);
    const token = tokenOf(body.accept_url);

    const mail = t.mailer.lastTo(email);
    expect(mail?.subject).toContain(team.owner.organization.name);
    expect(mail?.text).toContain(body.accept_url);

    const stored = await t.db.kysely
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', body.id)
      .executeTakeFirstOrThrow();
    expect(stored.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(stored.token_hash).not.toBe(token);

    const list = await call(t.app, team.employee.token, {
      method: 'GET',
      url: `${orgUrl()}/invitations/`,
      org: team.organizationId,
    });
    expect(list.statusCode).toBe(200);
    expect(list.json().results).toEqual([
      {
        id: body.id,
        email,
        role: 'manager',
        customer_id: null,
        invited_by: team.admin.user.id,
        expires_at: body.expires_at,
        created_at: body.created_at,
      },
    ]);
    expect(list.body).not.toContain(token);

    expect((await preview(token)).json()).toEqual({
      organization: { id: team.organizationId, name: team.owner.organization.name },
      role: 'manager',
      email,
      expires_at: body.expires_at,
      has_account: false,
    });
  });

  it('refuses members, the owner role, and callers without members create (403)', async () => {
    const member = await call(t.app, team.owner.token, {
      method: 'POST',
      url: `${orgUrl()}/invitations/`,
      payload: { email: team.manager.user.email, role: 'employee' },
    });
    expect(member.statusCode).toBe(409);
    expect(member.json().errors).toHaveProperty('email');
    for (const role of ['owner', 'client']) {
      const res = await call(t.app, team.admin.token, {
        method: 'POST',
        url: `${orgUrl()}/invitations/`,
        payload: { email: freshEmail(), role },
      });
      expect(res.statusCode, role).toBe(400);
      expect(res.json().errors).toHaveProperty('role');
    }
    for (const by of [team.manager, team.employee]) {
      const res = await call(t.app, by.token, {
        method: 'POST',
        url: `${orgUrl()}/invitations/`,
        payload: { email: freshEmail(), role: 'employee' },
      });
      expect(res.statusCode).toBe(403);
    }
    expect(
      (await call(t.app, team.outsider.token, { method: 'GET', url: `${orgUrl()}/invitations/` })).statusCode,
    ).toBe(404);
  });

  it('a second invitation to the same email replaces the first', async () => {
    const email = freshEmail();
    const first = await invite(team.owner, email, 'employee');
    const second = await invite(team.owner, email, 'manager');
    expect((await preview(first.token)).statusCode).toBe(404);
    expect((await preview(second.token)).json().role).toBe('manager');
    const list = (await call(t.app, team.owner.token, { method: 'GET', url: `${orgUrl()}/invitations/` })).json();
    expect(list.results.map((i: { id: number }) => i.id)).toEqual([second.id]);
  });

  it('still answers the link when the mail server fails (email_sent false)', async () => {
    t.mailer.failWith = new Error('connect ECONNREFUSED 127.0.0.1:587');
    try {
      const res = await call(t.app, team.owner.token, {
        method: 'POST',
        url: `${orgUrl()}/invitations/`,
        payload: { email: freshEmail(), role: 'employee' },
      });
      expect(res.statusCode).toBe(201);
      expect(res.json()).toMatchObject({ email_sent: false, email_delivery: 'failed' });
      expect(res.json().accept_url).toContain('/accept-invitation/');
    } finally {
      t.mailer.failWith = null;
    }
  });

  it('in development without SMTP, says the email went to the terminal, not that it was sent', async () => {
    const printed: string[] = [];
    const sink = new Writable({ write: (chunk: Buffer, _encoding, done) => (printed.push(chunk.toString()), done()) });
    const dev = await createTestApp({}, { mailer: new ConsoleMailer(sink) });
    try {
      const owner = await registerUser(dev.app);
      const email = freshEmail();
      const res = await call(dev.app, owner.token, {
        method: 'POST',
        url: `/api/organizations/${owner.organization.id}/invitations/`,
        payload: { email, role: 'employee' },
      });
      expect(res.json()).toMatchObject({ email_sent: false, email_delivery: 'terminal' });
      expect(printed.join('')).toContain(res.json().accept_url);
    } finally {
      await dev.close();
    }
  });
});

describe('accepting', () => {
  it('as a new user: creates the account and the membership with the invited role', async () => {
    const email = freshEmail();
    const invitation = await invite(team.admin, email, 'employee');
    const res = await acceptAsNew(invitation.token, newAccount());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body.token).toMatch(/^[0-9a-f]{40}$/);
    expect(body.user).toMatchObject({ email, first_name: 'Jo', default_organization_id: team.organizationId });
    expect(body.user.memberships).toEqual([
      { organization: expect.objectContaining({ id: team.organizationId }), role: 'employee', status: 'active' },
    ]);
    expect(body.organization.id).toBe(team.organizationId);

    // The new member works with the invited role: reads the organization, cannot delete a customer.
    expect((await call(t.app, body.token, { method: 'GET', url: `${orgUrl()}/` })).statusCode).toBe(200);
    const customer = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/customers/',
      payload: { name: 'Kept' },
      org: team.organizationId,
    });
    const del = await call(t.app, body.token, { method: 'DELETE', url: `/api/customers/${customer.json().id}/` });
    expect(del.statusCode).toBe(403);
    const employee = await t.db.kysely
      .selectFrom('employees')
      .selectAll()
      .where('organization_id', '=', team.organizationId)
      .where('user_id', '=', body.user.id)
      .executeTakeFirst();
    expect(employee).toMatchObject({ email, status: 'active' });

    // Single use.
    expect((await acceptAsNew(invitation.token, newAccount())).statusCode).toBe(404);
    expect((await preview(invitation.token)).statusCode).toBe(404);
  });

  it('as the signed-in user whose email matches; another email is 403 and leaves it usable', async () => {
    const invitee = await registerUser(t.app);
    const stranger = await registerUser(t.app);
    const invitation = await invite(team.owner, invitee.user.email, 'manager');
    expect((await preview(invitation.token)).json().has_account).toBe(true);

    const wrong = await acceptAs(stranger.token, invitation.token);
    expect(wrong.statusCode).toBe(403);
    const res = await acceptAs(invitee.token, invitation.token);
    expect(res.statusCode).toBe(200);
    expect(res.json().token).toBeNull();
    expect(
      res
        .json()
        .user.memberships.map((m: { role: string }) => m.role)
        .sort(),
    ).toEqual(['manager', 'owner']);
    // Their own organization stays the default; the header picks this one.
    const list = await call(t.app, invitee.token, { method: 'GET', url: '/api/customers/', org: team.organizationId });
    expect(list.statusCode).toBe(200);
    expect((await acceptAs(invitee.token, invitation.token)).statusCode).toBe(404);
  });

  it('without a token: 409 for an email with an account, 400 for missing or weak fields, 401 for a bad token', async () => {
    const existing = await registerUser(t.app);
    const forExisting = await invite(team.owner, existing.user.email);
    const taken = await acceptAsNew(forExisting.token, newAccount());
    expect(taken.statusCode).toBe(409);
    expect(taken.json().errors).toHaveProperty('email');

    const invitation = await invite(team.owner, freshEmail());
    const missing = await acceptAsNew(invitation.token, {});
    expect(missing.statusCode).toBe(400);
    expect(Object.keys(missing.json().errors).sort()).toEqual(['password', 'username']);
    const weak = await acceptAsNew(invitation.token, { ...newAccount(), password: 'password123' });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors).toHaveProperty('password');
    const usernameTaken = await acceptAsNew(invitation.token, { ...newAccount(), username: existing.user.username });
    expect(usernameTaken.statusCode).toBe(409);
    const badToken = await call(t.app, 'f'.repeat(40), {
      method: 'POST',
      url: `/api/invitations/${invitation.token}/accept/`,
      payload: newAccount(),
    });
    expect(badToken.statusCode).toBe(401);
    // None of these spent it.
    expect((await acceptAsNew(invitation.token, newAccount())).statusCode).toBe(200);
  });

  it('expired and revoked invitations are refused (404); revoking twice is 404', async () => {
    const expired = await invite(team.owner, freshEmail());
    await t.db.kysely
      .updateTable('invitations')
      .set({ expires_at: new Date(Date.now() - 1000).toISOString() })
      .where('id', '=', expired.id)
      .execute();
    expect((await preview(expired.token)).statusCode).toBe(404);
    expect((await acceptAsNew(expired.token, newAccount())).statusCode).toBe(404);

    const revoked = await invite(team.owner, freshEmail());
    expect(
      (await call(t.app, team.employee.token, { method: 'DELETE', url: `${orgUrl()}/invitations/${revoked.id}/` }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(t.app, team.admin.token, { method: 'DELETE', url: `${orgUrl()}/invitations/${revoked.id}/` }))
        .statusCode,
    ).toBe(204);
    expect(
      (await call(t.app, team.admin.token, { method: 'DELETE', url: `${orgUrl()}/invitations/${revoked.id}/` }))
        .statusCode,
    ).toBe(404);
    expect((await preview(revoked.token)).statusCode).toBe(404);
    expect((await acceptAsNew(revoked.token, newAccount())).statusCode).toBe(404);
    expect((await preview('not-a-token')).statusCode).toBe(404);
  });

  it('two parallel acceptances: exactly one succeeds', async () => {
    const invitee = await registerUser(t.app);
    const invitation = await invite(team.owner, invitee.user.email);
    const results = await Promise.all([
      acceptAs(invitee.token, invitation.token),
      acceptAs(invitee.token, invitation.token),
    ]);
    const statuses = results.map((r) => r.statusCode).sort();
    expect(statuses[0]).toBe(200);
    expect([404, 409]).toContain(statuses[1]);
    const memberships = await t.db.kysely
      .selectFrom('memberships')
      .select('role')
      .where('organization_id', '=', team.organizationId)
      .where('user_id', '=', invitee.user.id)
      .execute();
    expect(memberships).toEqual([{ role: 'employee' }]);

    const other = await invite(team.owner, freshEmail());
    const racing = await Promise.all([acceptAsNew(other.token, newAccount()), acceptAsNew(other.token, newAccount())]);
    expect(racing.map((r) => r.statusCode).sort()[0]).toBe(200);
    expect(racing.filter((r) => r.statusCode === 200)).toHaveLength(1);
  });
});
