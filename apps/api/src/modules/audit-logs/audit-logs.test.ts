import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import {
  asMember,
  createTeam,
  registerUser,
  STRONG_PASSWORD,
  type Team,
  type TeamMember,
} from '../../test/factories.js';

let t: TestApp;
let team: Team;
let vendorId: number;
let outsiderVendorId: number;

const as = (member: TeamMember, method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  asMember(t.app, team, member, { method, url, ...(payload ? { payload } : {}) });
const logs = async (query = '', member: TeamMember = team.owner) => {
  const res = await as(member, 'GET', `/api/audit-logs/${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
  vendorId = (await as(team.owner, 'POST', '/api/vendors/', { name: 'Paper Co', rating: 3 })).json().id;
  await as(team.admin, 'PATCH', `/api/vendors/${vendorId}/`, { notes: 'Slow deliveries', rating: 2 });
  await as(team.manager, 'POST', '/api/customers/', { name: 'Acme' });
  await as(team.owner, 'DELETE', `/api/vendors/${vendorId}/`);
  outsiderVendorId = (await as(team.outsider, 'POST', '/api/vendors/', { name: 'Elsewhere' })).json().id;
});
afterAll(() => t.close());

describe('audit log', () => {
  it('lists the organization’s entries newest first, with names and parsed changes', async () => {
    const page = await logs();
    expect(page.results[0]).toEqual({
      id: expect.any(Number),
      user_id: team.owner.user.id,
      user_name: team.owner.user.username,
      action: 'delete',
      resource_type: 'vendor',
      resource_id: vendorId,
      changes: expect.objectContaining({ name: { old: 'Paper Co', new: null }, rating: { old: 2, new: null } }),
      ip: expect.any(String),
      created_at: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/),
    });
    expect(page.results[1]).toMatchObject({
      action: 'create',
      resource_type: 'customer',
      user_id: team.manager.user.id,
    });
    expect(page.results[2]).toMatchObject({
      action: 'update',
      user_id: team.admin.user.id,
      changes: { notes: { old: null, new: 'Slow deliveries' }, rating: { old: 3, new: 2 } },
    });
    const times = page.results.map((e: { created_at: string }) => e.created_at);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('filters by user, action, resource (either name), resource id and dates', async () => {
    const vendorEvents = await logs(`?resource=vendor&resource_id=${vendorId}`);
    expect(vendorEvents.results.map((e: { action: string }) => e.action)).toEqual(['delete', 'update', 'create']);
    expect((await logs(`?resource_type=vendor&resource_id=${vendorId}&action=update`)).count).toBe(1);
    const byAdmin = await logs(`?user=${team.admin.user.id}&resource_type=vendor`);
    expect(byAdmin.results.map((e: { action: string }) => e.action)).toEqual(['update']);
    expect((await logs(`?user=${team.manager.user.id}&resource=customer`)).count).toBe(1);
    expect((await logs('?action=delete')).count).toBe(1);
    expect((await logs('?action=nothing')).count).toBe(0);

    const today = new Date().toISOString().slice(0, 10);
    const all = (await logs()).count;
    expect((await logs(`?created_after=${today}&created_before=${today}`)).count).toBe(all);
    expect((await logs('?created_before=2000-01-01')).count).toBe(0);
    expect((await as(team.owner, 'GET', '/api/audit-logs/?created_after=today')).statusCode).toBe(400);
    expect((await as(team.owner, 'GET', '/api/audit-logs/?user=abc')).statusCode).toBe(400);
    expect((await as(team.owner, 'GET', '/api/audit-logs/?resource_id=99999999999')).statusCode).toBe(400);
  });

  it('orders on request and paginates', async () => {
    const oldest = await logs('?ordering=created_at&page_size=1');
    expect(oldest.results[0].created_at <= (await logs('?page_size=1')).results[0].created_at).toBe(true);
    const bad = await as(team.owner, 'GET', '/api/audit-logs/?ordering=user_id');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toHaveProperty('ordering');

    const count = (await logs()).count;
    expect(count).toBeGreaterThan(4);
    const first = await logs('?page_size=2');
    expect(first).toMatchObject({
      count,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/audit-logs/?page_size=2&page=2`,
    });
    const second = await logs('?page_size=2&page=2');
    expect(second.results[0].id).not.toBe(first.results[1].id);
    expect(
      (await as(team.owner, 'GET', `/api/audit-logs/?page_size=2&page=${Math.ceil(count / 2) + 1}`)).statusCode,
    ).toBe(404);
  });

  it("shows neither another organization's entries nor account events", async () => {
    expect((await logs(`?resource=vendor&resource_id=${outsiderVendorId}`)).count).toBe(0);
    expect((await logs(`?resource=vendor&resource_id=${outsiderVendorId}`, team.outsider)).count).toBe(1);
    expect((await logs(`?resource=vendor&resource_id=${vendorId}`, team.outsider)).count).toBe(0);

    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: team.owner.user.username, password: STRONG_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
    const accountEvents = await t.db.kysely
      .selectFrom('audit_logs')
      .select('action')
      .where('organization_id', 'is', null)
      .where('user_id', '=', team.owner.user.id)
      .execute();
    expect(accountEvents.map((e) => e.action)).toEqual(expect.arrayContaining(['register', 'login']));
    expect((await logs('?action=login')).count).toBe(0);
    expect((await logs('?action=register')).count).toBe(0);
    expect((await logs(`?user=${team.owner.user.id}&resource=user`)).count).toBe(0);
  });

  it('never exposes a password, a password hash or a token', async () => {
    const owner = await registerUser(t.app);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: owner.user.email, password: owner.password },
    });
    const loginToken: string = login.json().token;
    const newPassword = 'Another-Horse-Battery-77';
    const changed = await call(t.app, owner.token, {
      method: 'POST',
      url: '/api/users/change_password/',
      payload: { old_password: owner.password, new_password: newPassword },
    });
    expect(changed.statusCode).toBe(204);
    await call(t.app, owner.token, {
      method: 'PATCH',
      url: '/api/users/update_profile/',
      payload: { first_name: 'Olive' },
    });
    await call(t.app, owner.token, { method: 'POST', url: '/api/vendors/', payload: { name: 'Secretive' } });
    const user = await t.db.kysely
      .selectFrom('users')
      .select('password_hash')
      .where('id', '=', owner.user.id)
      .executeTakeFirstOrThrow();

    const res = await call(t.app, owner.token, { method: 'GET', url: '/api/audit-logs/?page_size=100' });
    expect(res.statusCode).toBe(200);
    expect(res.json().count).toBeGreaterThan(2);
    for (const secret of [
      owner.password,
      newPassword,
      owner.token,
      loginToken,
      user.password_hash,
      user.password_hash.slice(-20),
    ]) {
      expect(res.body).not.toContain(secret);
    }
  });
});

describe('audit log roles', () => {
  it('is for Owners and Admins only', async () => {
    expect((await as(team.admin, 'GET', '/api/audit-logs/')).statusCode).toBe(200);
    for (const member of [team.manager, team.employee]) {
      const res = await as(member, 'GET', '/api/audit-logs/');
      expect(res.statusCode).toBe(403);
      expect(res.json().code).toBe('permission_denied');
    }
    const client = await registerUser(t.app);
    const now = new Date().toISOString();
    await t.db.kysely
      .insertInto('memberships')
      .values({
        user_id: client.user.id,
        organization_id: team.organizationId,
        role: 'client',
        status: 'active',
        joined_at: now,
        updated_at: now,
      })
      .execute();
    expect(
      (await call(t.app, client.token, { method: 'GET', url: '/api/audit-logs/', org: team.organizationId }))
        .statusCode,
    ).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/audit-logs/' })).statusCode).toBe(401);
  });
});
