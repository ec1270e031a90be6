import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { createTeam, registerUser, type Team, type TeamMember } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

let team: Team;
beforeEach(async () => {
  team = await createTeam(t.app, t.db);
});

const orgUrl = () => `/api/organizations/${team.organizationId}`;
const as = (member: TeamMember, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  call(t.app, member.token, { method, url, payload, org: team.organizationId });
const patchMember = (by: TeamMember, target: TeamMember, payload: object) =>
  as(by, 'PATCH', `${orgUrl()}/members/${target.user.id}/`, payload);
const removeMember = (by: TeamMember, target: TeamMember) => as(by, 'DELETE', `${orgUrl()}/members/${target.user.id}/`);

async function auditRows(action: string, resourceType: string, resourceId: number) {
  const rows = await t.db.kysely
    .selectFrom('audit_logs')
    .selectAll()
    .where('organization_id', '=', team.organizationId)
    .where('action', '=', action)
    .where('resource_type', '=', resourceType)
    .where('resource_id', '=', resourceId)
    .execute();
  return rows.map((r) => ({ userId: r.user_id, changes: JSON.parse(r.changes ?? 'null') as unknown }));
}

async function newCustomer() {
  const res = await as(team.owner, 'POST', '/api/customers/', { name: `Customer ${Date.now()}` });
  expect(res.statusCode).toBe(201);
  return res.json().id as number;
}

describe('listing members', () => {
  it('every staff role reads the list with user, role, status and employee record', async () => {
    for (const member of [team.owner, team.admin, team.manager, team.employee]) {
      const res = await as(member, 'GET', `${orgUrl()}/members/`);
      expect(res.statusCode).toBe(200);
      expect(res.json().count).toBe(4);
    }
    const list = (await as(team.employee, 'GET', `${orgUrl()}/members/`)).json();
    expect(list.results[0]).toEqual({
      user_id: team.owner.user.id,
      username: team.owner.user.username,
      email: team.owner.user.email,
      full_name: team.owner.user.full_name,
      role: 'owner',
      status: 'active',
      joined_at: expect.stringMatching(/^\d{4}-\d\d-\d\dT.*Z$/),
      employee_id: team.owner.employeeId,
      customer_id: null,
    });
    expect(list.results.map((m: { role: string }) => m.role)).toEqual(['owner', 'admin', 'manager', 'employee']);
  });

  it('pages and filters by role and status; another organization is 404', async () => {
    const page = (await as(team.owner, 'GET', `${orgUrl()}/members/?page_size=3`)).json();
    expect(page).toMatchObject({ count: 4, previous: null, next: expect.stringContaining('page=2') });
    expect(page.results).toHaveLength(3);
    const admins = (await as(team.owner, 'GET', `${orgUrl()}/members/?role=admin`)).json();
    expect(admins.results.map((m: { user_id: number }) => m.user_id)).toEqual([team.admin.user.id]);
    expect((await as(team.owner, 'GET', `${orgUrl()}/members/?status=suspended`)).json().count).toBe(0);
    expect((await as(team.owner, 'GET', `${orgUrl()}/members/?role=boss`)).statusCode).toBe(400);
    expect((await call(t.app, team.outsider.token, { method: 'GET', url: `${orgUrl()}/members/` })).statusCode).toBe(
      404,
    );
  });
});

describe('add_member (an alias of creating an invitation)', () => {
  const acceptAs = (user: { token: string }, acceptUrl: string) =>
    call(t.app, user.token, { method: 'POST', url: `/api/invitations/${acceptUrl.split('/').at(-1) ?? ''}/accept/` });

  it('invites an existing account, which joins only by accepting the emailed link', async () => {
    const newcomer = await registerUser(t.app);
    const res = await as(team.admin, 'POST', `${orgUrl()}/add_member/`, {
      email: newcomer.user.email.toUpperCase(),
      role: 'manager',
    });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      email: newcomer.user.email,
      role: 'manager',
      accept_url: expect.stringContaining('/accept-invitation/'),
      email_sent: true,
    });
    expect(t.mailer.lastTo(newcomer.user.email)?.text).toContain(res.json().accept_url);
    // Not a member yet: the organization does not exist for them.
    expect((await call(t.app, newcomer.token, { method: 'GET', url: `${orgUrl()}/` })).statusCode).toBe(404);
    expect((await as(team.owner, 'GET', `${orgUrl()}/members/`)).json().count).toBe(4);

    expect((await acceptAs(newcomer, res.json().accept_url)).statusCode).toBe(200);
    expect((await call(t.app, newcomer.token, { method: 'GET', url: `${orgUrl()}/` })).statusCode).toBe(200);
    const member = (await as(team.owner, 'GET', `${orgUrl()}/members/?role=manager`))
      .json()
      .results.find((m: { user_id: number }) => m.user_id === newcomer.user.id);
    expect(member).toMatchObject({ role: 'manager', status: 'active', employee_id: expect.any(Number) });
  });

  it("gives nothing to whoever registered a colleague's address first", async () => {
    const squatter = await registerUser(t.app, { email: `colleague-${process.pid}@example.com` });
    const res = await as(team.owner, 'POST', `${orgUrl()}/add_member/`, { email: squatter.user.email, role: 'admin' });
    expect(res.statusCode).toBe(201);
    // Without the link, which went to the mailbox, the account has no way in.
    expect((await call(t.app, squatter.token, { method: 'GET', url: `${orgUrl()}/` })).statusCode).toBe(404);
    expect(
      (await call(t.app, squatter.token, { method: 'GET', url: '/api/customers/', org: team.organizationId }))
        .statusCode,
    ).toBe(403);
  });

  it('an address without an account is invited too; a member again is 409; a pending invitation is replaced', async () => {
    const fresh = await as(team.owner, 'POST', `${orgUrl()}/add_member/`, {
      email: `nobody-yet-${process.pid}@example.com`,
      role: 'employee',
    });
    expect(fresh.statusCode).toBe(201);
    const again = await as(team.owner, 'POST', `${orgUrl()}/add_member/`, {
      email: team.employee.user.email,
      role: 'employee',
    });
    expect(again.statusCode).toBe(409);

    const someone = await registerUser(t.app);
    const first = (
      await as(team.owner, 'POST', `${orgUrl()}/add_member/`, { email: someone.user.email, role: 'employee' })
    ).json();
    const second = (
      await as(team.owner, 'POST', `${orgUrl()}/add_member/`, { email: someone.user.email, role: 'manager' })
    ).json();
    expect((await acceptAs(someone, first.accept_url)).statusCode).toBe(404);
    expect((await acceptAs(someone, second.accept_url)).statusCode).toBe(200);
    const pending = (await as(team.owner, 'GET', `${orgUrl()}/invitations/`))
      .json()
      .results.map((i: { email: string }) => i.email);
    expect(pending).not.toContain(someone.user.email);

    for (const role of ['owner', 'client', 'boss']) {
      const res = await as(team.owner, 'POST', `${orgUrl()}/add_member/`, {
        email: `r-${role}-${process.pid}@example.com`,
        role,
      });
      expect(res.statusCode, role).toBe(400);
      expect(res.json().errors).toHaveProperty('role');
    }
  });

  it('Managers and Employees cannot add members (403)', async () => {
    const someone = await registerUser(t.app);
    for (const member of [team.manager, team.employee]) {
      const res = await as(member, 'POST', `${orgUrl()}/add_member/`, { email: someone.user.email, role: 'employee' });
      expect(res.statusCode).toBe(403);
    }
  });
});

describe('changing a member', () => {
  it('a role change takes effect on the next request', async () => {
    const customerId = await newCustomer();
    expect((await as(team.employee, 'DELETE', `/api/customers/${customerId}/`)).statusCode).toBe(403);
    const res = await patchMember(team.admin, team.employee, { role: 'manager' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ user_id: team.employee.user.id, role: 'manager' });
    expect((await as(team.employee, 'DELETE', `/api/customers/${customerId}/`)).statusCode).toBe(204);
    expect(await auditRows('update', 'membership', team.employee.user.id)).toEqual([
      { userId: team.admin.user.id, changes: { role: { old: 'employee', new: 'manager' } } },
    ]);
  });

  it('a suspended member is refused on the next request, and works again once reactivated', async () => {
    expect((await as(team.manager, 'GET', `${orgUrl()}/`)).statusCode).toBe(200);
    expect((await patchMember(team.owner, team.manager, { status: 'suspended' })).json().status).toBe('suspended');
    const refused = await as(team.manager, 'GET', '/api/customers/');
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('not_a_member');
    expect((await call(t.app, team.manager.token, { method: 'GET', url: `${orgUrl()}/members/` })).statusCode).toBe(
      403,
    );
    expect((await patchMember(team.owner, team.manager, { status: 'active' })).statusCode).toBe(200);
    expect((await as(team.manager, 'GET', '/api/customers/')).statusCode).toBe(200);
    const audits = await auditRows('update', 'membership', team.manager.user.id);
    expect(audits.map((a) => a.changes)).toEqual([
      { status: { old: 'active', new: 'suspended' } },
      { status: { old: 'suspended', new: 'active' } },
    ]);
  });

  it('nobody changes their own role or status', async () => {
    expect((await patchMember(team.admin, team.admin, { role: 'employee' })).statusCode).toBe(403);
    expect((await patchMember(team.owner, team.owner, { status: 'suspended' })).statusCode).toBe(403);
  });

  it('Admins cannot change, suspend or remove the Owner, nor make anyone Owner', async () => {
    for (const payload of [{ role: 'admin' }, { status: 'suspended' }]) {
      const res = await patchMember(team.admin, team.owner, payload);
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('permission_denied');
    }
    expect((await removeMember(team.admin, team.owner)).statusCode).toBe(403);
    const promote = await patchMember(team.admin, team.manager, { role: 'owner' });
    expect(promote.statusCode).toBe(400);
    expect(promote.json().errors.role[0]).toContain('transfer_ownership');
    expect((await patchMember(team.owner, team.manager, { role: 'owner' })).statusCode).toBe(400);
    const owners = await t.db.kysely
      .selectFrom('memberships')
      .select('user_id')
      .where('organization_id', '=', team.organizationId)
      .where('role', '=', 'owner')
      .execute();
    expect(owners).toEqual([{ user_id: team.owner.user.id }]);
  });

  it('Managers and Employees cannot change members (403); unknown members are 404', async () => {
    expect((await patchMember(team.manager, team.employee, { role: 'admin' })).statusCode).toBe(403);
    expect((await patchMember(team.employee, team.manager, { status: 'suspended' })).statusCode).toBe(403);
    expect(
      (await as(team.owner, 'PATCH', `${orgUrl()}/members/${team.outsider.user.id}/`, { role: 'admin' })).statusCode,
    ).toBe(404);
    expect((await as(team.owner, 'PATCH', `${orgUrl()}/members/abc/`, { role: 'admin' })).statusCode).toBe(404);
  });
});

describe('removing and leaving', () => {
  it('removal keeps the employee record, unlinked and terminated; the user loses access', async () => {
    const res = await removeMember(team.admin, team.employee);
    expect(res.statusCode).toBe(204);
    const employee = await t.db.kysely
      .selectFrom('employees')
      .selectAll()
      .where('id', '=', team.employee.employeeId)
      .executeTakeFirstOrThrow();
    expect(employee).toMatchObject({ user_id: null, status: 'terminated' });
    expect((await call(t.app, team.employee.token, { method: 'GET', url: `${orgUrl()}/` })).statusCode).toBe(404);
    expect((await as(team.owner, 'GET', `${orgUrl()}/members/`)).json().count).toBe(3);
    expect(await auditRows('remove_member', 'membership', team.employee.user.id)).toEqual([
      {
        userId: team.admin.user.id,
        changes: { role: { old: 'employee', new: null }, status: { old: 'active', new: null } },
      },
    ]);
    expect(await auditRows('update', 'employee', team.employee.employeeId)).toEqual([
      {
        userId: team.admin.user.id,
        changes: { user_id: { old: team.employee.user.id, new: null }, status: { old: 'active', new: 'terminated' } },
      },
    ]);
    expect((await removeMember(team.admin, team.employee)).statusCode).toBe(404);
  });

  it('Managers and Employees cannot remove others, but any member may leave', async () => {
    expect((await removeMember(team.manager, team.employee)).statusCode).toBe(403);
    expect((await removeMember(team.employee, team.manager)).statusCode).toBe(403);
    expect((await removeMember(team.employee, team.employee)).statusCode).toBe(204);
    expect(await auditRows('leave', 'membership', team.employee.user.id)).toHaveLength(1);
    expect((await removeMember(team.admin, team.admin)).statusCode).toBe(204);
    expect(
      (
        await call(t.app, team.outsider.token, {
          method: 'DELETE',
          url: `${orgUrl()}/members/${team.manager.user.id}/`,
        })
      ).statusCode,
    ).toBe(404);
  });

  it('the Owner cannot leave before a transfer (409)', async () => {
    const res = await removeMember(team.owner, team.owner);
    expect(res.statusCode).toBe(409);
    expect(res.json().message).toContain('Transfer ownership');
  });
});

describe('transfer_ownership', () => {
  const transfer = (by: TeamMember, userId: number) =>
    as(by, 'POST', `${orgUrl()}/transfer_ownership/`, { user_id: userId });

  it('makes the target Owner and the old Owner an Admin, audited', async () => {
    const res = await transfer(team.owner, team.manager.user.id);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      owner: { user_id: team.manager.user.id, role: 'owner' },
      previous_owner: { user_id: team.owner.user.id, role: 'admin' },
    });
    const roles = (await as(team.manager, 'GET', `${orgUrl()}/members/`))
      .json()
      .results.map((m: { user_id: number; role: string }) => [m.user_id, m.role]);
    expect(roles).toContainEqual([team.owner.user.id, 'admin']);
    expect(roles.filter(([, role]: [number, string]) => role === 'owner')).toEqual([[team.manager.user.id, 'owner']]);
    // The old Owner is now an Admin: no more transfers, and the new Owner is out of reach.
    expect((await transfer(team.owner, team.admin.user.id)).statusCode).toBe(403);
    expect((await patchMember(team.owner, team.manager, { status: 'suspended' })).statusCode).toBe(403);
    // The old Owner may now leave; the new one may not.
    expect((await removeMember(team.manager, team.manager)).statusCode).toBe(409);
    expect(await auditRows('transfer_ownership', 'organization', team.organizationId)).toEqual([
      { userId: team.owner.user.id, changes: { owner_id: { old: team.owner.user.id, new: team.manager.user.id } } },
    ]);
    expect((await removeMember(team.owner, team.owner)).statusCode).toBe(204);
  });

  it('only the Owner transfers, and only to an active staff member', async () => {
    expect((await transfer(team.admin, team.manager.user.id)).statusCode).toBe(403);
    expect((await transfer(team.employee, team.employee.user.id)).statusCode).toBe(403);
    for (const userId of [team.owner.user.id, team.outsider.user.id, 999_999]) {
      const res = await transfer(team.owner, userId);
      expect(res.statusCode, String(userId)).toBe(400);
      expect(res.json().errors).toHaveProperty('user_id');
    }
    await patchMember(team.owner, team.admin, { status: 'suspended' });
    expect((await transfer(team.owner, team.admin.user.id)).statusCode).toBe(400);
    expect((await as(team.owner, 'POST', `${orgUrl()}/transfer_ownership/`, {})).statusCode).toBe(400);
  });
});
