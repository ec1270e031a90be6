import { Writable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { createTeam, STRONG_PASSWORD, type Team } from '../../test/factories.js';

let t: TestApp;
let team: Team;
const logLines: string[] = [];
beforeAll(async () => {
  const logStream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      logLines.push(chunk.toString());
      done();
    },
  });
  t = await createTestApp({ logLevel: 'info' }, { logStream });
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const secrets: string[] = [];
let sequence = 0;

async function newCustomer(payload: object = {}) {
  const res = await call(t.app, team.owner.token, {
    method: 'POST',
    url: '/api/customers/',
    payload: { name: `Client ${++sequence}`, ...payload },
    org: team.organizationId,
  });
  expect(res.statusCode).toBe(201);
  return res.json<{ id: number; email: string | null }>();
}

const inviteToPortal = (token: string, customerId: number, payload?: object) =>
  call(t.app, token, {
    method: 'POST',
    url: `/api/customers/${customerId}/invite_to_portal/`,
    payload,
    org: team.organizationId,
  });

describe('invite_to_portal', () => {
  it('invites the customer by its email; accepting links the customer and makes a client member', async () => {
    const email = `client-${process.pid}@example.com`;
    const customer = await newCustomer({ email });
    const res = await inviteToPortal(team.admin.token, customer.id);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ email, role: 'client', customer_id: customer.id, email_sent: true });
    expect(t.mailer.lastTo(email)?.subject).toContain('customer portal');
    const token = (res.json().accept_url as string).split('/').at(-1) as string;
    secrets.push(token);

    const password = `${STRONG_PASSWORD}-portal`;
    secrets.push(password);
    const accepted = await t.app.inject({
      method: 'POST',
      url: `/api/invitations/${token}/accept/`,
      payload: { username: `client${process.pid}`, password },
    });
    expect(accepted.statusCode).toBe(200);
    const client = accepted.json();
    secrets.push(client.token);
    expect(client.user.memberships).toEqual([expect.objectContaining({ role: 'client' })]);

    const linked = await call(t.app, team.owner.token, {
      method: 'GET',
      url: `/api/customers/${customer.id}/`,
      org: team.organizationId,
    });
    expect(linked.json().user_id).toBe(client.user.id);
    const members = (
      await call(t.app, team.owner.token, {
        method: 'GET',
        url: `/api/organizations/${team.organizationId}/members/?role=client`,
      })
    ).json();
    expect(members.results).toEqual([
      expect.objectContaining({ user_id: client.user.id, role: 'client', employee_id: null, customer_id: customer.id }),
    ]);
    // A client sees no staff pages.
    expect(
      (await call(t.app, client.token, { method: 'GET', url: `/api/organizations/${team.organizationId}/members/` }))
        .statusCode,
    ).toBe(403);
    expect((await call(t.app, client.token, { method: 'GET', url: '/api/customers/' })).statusCode).toBe(403);

    // One portal login per customer; a client cannot become staff by PATCH; leaving unlinks the customer.
    expect((await inviteToPortal(team.owner.token, customer.id)).statusCode).toBe(409);
    const promote = await call(t.app, team.owner.token, {
      method: 'PATCH',
      url: `/api/organizations/${team.organizationId}/members/${client.user.id}/`,
      payload: { role: 'admin' },
    });
    expect(promote.statusCode).toBe(400);
    expect(
      (
        await call(t.app, client.token, {
          method: 'DELETE',
          url: `/api/organizations/${team.organizationId}/members/${client.user.id}/`,
        })
      ).statusCode,
    ).toBe(204);
    const unlinked = await call(t.app, team.owner.token, {
      method: 'GET',
      url: `/api/customers/${customer.id}/`,
      org: team.organizationId,
    });
    expect(unlinked.json().user_id).toBeNull();
  });

  it('needs members:create (Owner, Admin): a Manager or Employee cannot invite, whoever the customer belongs to', async () => {
    const customer = await newCustomer({
      email: `mine-${process.pid}@example.com`,
      assigned_to: team.employee.employeeId,
    });
    for (const member of [team.manager, team.employee])
      expect((await inviteToPortal(member.token, customer.id)).statusCode).toBe(403);
  });

  it('never touches a pending staff invitation to the same address', async () => {
    const email = `staff-first-${process.pid}@example.com`;
    const staff = await call(t.app, team.owner.token, {
      method: 'POST',
      url: `/api/organizations/${team.organizationId}/invitations/`,
      payload: { email, role: 'admin' },
    });
    expect(staff.statusCode).toBe(201);
    const customer = await newCustomer({ email });
    expect((await inviteToPortal(team.owner.token, customer.id)).statusCode).toBe(201);
    const pending = (
      await call(t.app, team.owner.token, {
        method: 'GET',
        url: `/api/organizations/${team.organizationId}/invitations/`,
      })
    ).json();
    expect(
      pending.results
        .filter((i: { email: string }) => i.email === email)
        .map((i: { role: string }) => i.role)
        .sort(),
    ).toEqual(['admin', 'client']);
    const preview = await t.app.inject({
      method: 'GET',
      url: `/api/invitations/${(staff.json().accept_url as string).split('/').at(-1) ?? ''}/`,
    });
    expect(preview.statusCode).toBe(200);
    // A second portal invitation replaces the first portal one only.
    expect((await inviteToPortal(team.owner.token, customer.id)).statusCode).toBe(201);
    const after = (
      await call(t.app, team.owner.token, {
        method: 'GET',
        url: `/api/organizations/${team.organizationId}/invitations/`,
      })
    ).json();
    expect(after.results.filter((i: { email: string }) => i.email === email)).toHaveLength(2);
  });

  it('needs an email, and a customer of the organization', async () => {
    const noEmail = await newCustomer();
    const missing = await inviteToPortal(team.owner.token, noEmail.id);
    expect(missing.statusCode).toBe(400);
    expect(missing.json().errors).toHaveProperty('email');
    const given = await inviteToPortal(team.owner.token, noEmail.id, { email: `given-${process.pid}@example.com` });
    expect(given.statusCode).toBe(201);
    secrets.push((given.json().accept_url as string).split('/').at(-1) as string);
    expect(
      (
        await call(t.app, team.outsider.token, {
          method: 'POST',
          url: `/api/customers/${noEmail.id}/invite_to_portal/`,
        })
      ).statusCode,
    ).toBe(404);
  });
});

describe('secrets', () => {
  it('no token or password appears in the audit log or in the logs', async () => {
    expect(secrets.length).toBeGreaterThanOrEqual(3);
    // The emailed links open web pages; their paths must not reach the log either.
    for (const secret of secrets.slice(0, 1)) {
      await t.app.inject({ method: 'GET', url: `/accept-invitation/${secret}` });
      await t.app.inject({ method: 'GET', url: `/reset-password/${secret}?from=mail` });
    }
    const audit = await t.db.kysely.selectFrom('audit_logs').selectAll().execute();
    const auditText = JSON.stringify(audit);
    expect(audit.some((r) => r.resource_type === 'invitation' && r.action === 'accept')).toBe(true);
    expect(audit.some((r) => r.resource_type === 'invitation' && r.action === 'create')).toBe(true);
    const logs = logLines.join('\n');
    expect(logs).toContain('/api/invitations/[redacted]/accept/');
    expect(logs).toContain('/accept-invitation/[redacted]');
    expect(logs).toContain('/reset-password/[redacted]?from=mail');
    for (const secret of secrets) {
      expect(auditText).not.toContain(secret);
      expect(logs).not.toContain(secret);
    }
  });
});
