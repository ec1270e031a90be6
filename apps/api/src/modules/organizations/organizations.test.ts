import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, TEST_PUBLIC_URL, type TestApp } from '../../test/test-app.js';
import { addMember, registerUser, type Registered } from '../../test/factories.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

const get = (token: string, url: string, org?: number) => call(t.app, token, { method: 'GET', url, org });

describe('organizations', () => {
  it('create makes the caller Owner; my_organizations lists every membership with its role', async () => {
    const owner = await registerUser(t.app, { organization_name: 'First Co' });
    const res = await call(t.app, owner.token, {
      method: 'POST',
      url: '/api/organizations/',
      payload: { name: 'Second Co', currency: 'eur', timezone: 'Europe/Berlin' },
    });
    expect(res.statusCode).toBe(201);
    const second = res.json();
    expect(second).toMatchObject({ name: 'Second Co', slug: 'second-co', currency: 'EUR', timezone: 'Europe/Berlin' });

    const mine = await get(owner.token, '/api/organizations/my_organizations/');
    expect(mine.statusCode).toBe(200);
    expect(
      mine
        .json()
        .map((m: { organization: { name: string }; role: string; is_default: boolean }) => [
          m.organization.name,
          m.role,
          m.is_default,
        ]),
    ).toEqual([
      ['First Co', 'owner', true],
      ['Second Co', 'owner', false],
    ]);
    const pipelines = await t.db.kysely
      .selectFrom('pipelines')
      .select('name')
      .where('organization_id', '=', second.id)
      .execute();
    expect(pipelines).toEqual([{ name: 'Sales Pipeline' }]);
  });

  it('gives a taken slug a numbered suffix', async () => {
    const a = await registerUser(t.app, { organization_name: 'Same Name' });
    const b = await registerUser(t.app, { organization_name: 'Same Name' });
    expect(a.organization.slug).toBe('same-name');
    expect(b.organization.slug).toBe('same-name-2');
  });

  it('switch changes the default; the header picks the active organization per request', async () => {
    const owner = await registerUser(t.app, { organization_name: 'Alpha' });
    const beta = (
      await call(t.app, owner.token, { method: 'POST', url: '/api/organizations/', payload: { name: 'Beta' } })
    ).json();
    expect((await get(owner.token, '/api/organizations/current/')).json().organization.name).toBe('Alpha');
    expect((await get(owner.token, '/api/organizations/current/', beta.id)).json().organization.name).toBe('Beta');

    const switched = await call(t.app, owner.token, { method: 'POST', url: `/api/organizations/${beta.id}/switch/` });
    expect(switched.statusCode).toBe(200);
    expect(switched.json()).toMatchObject({ organization: { id: beta.id }, role: 'owner', is_default: true });
    expect((await get(owner.token, '/api/users/me/')).json().default_organization_id).toBe(beta.id);
    expect((await get(owner.token, '/api/organizations/current/')).json().organization.name).toBe('Beta');
    expect(
      (await get(owner.token, '/api/organizations/current/', owner.organization.id)).json().organization.name,
    ).toBe('Alpha');
  });

  it('another organization: 404 on its routes, 403 not_a_member through the header', async () => {
    const owner = await registerUser(t.app);
    const stranger = await registerUser(t.app);
    const orgId = owner.organization.id;
    expect((await get(stranger.token, `/api/organizations/${orgId}/`)).statusCode).toBe(404);
    const patch = await call(t.app, stranger.token, {
      method: 'PATCH',
      url: `/api/organizations/${orgId}/`,
      payload: { name: 'Hijacked' },
    });
    expect(patch.statusCode).toBe(404);
    expect(
      (await call(t.app, stranger.token, { method: 'POST', url: `/api/organizations/${orgId}/switch/` })).statusCode,
    ).toBe(404);
    const viaHeader = await get(stranger.token, '/api/organizations/current/', orgId);
    expect(viaHeader.statusCode).toBe(403);
    expect(viaHeader.json().code).toBe('not_a_member');
    expect((await get(stranger.token, '/api/organizations/current/', 999_999)).json().code).toBe('not_a_member');
    const listed = (await get(stranger.token, '/api/organizations/')).json();
    expect(listed.results.map((o: { id: number }) => o.id)).toEqual([stranger.organization.id]);
  });

  it('ids outside 1…2³¹−1 or not numbers answer 404', async () => {
    const owner = await registerUser(t.app);
    for (const id of ['0', '-1', 'abc', '2147483648', '99999999999999999999', '1.5']) {
      expect((await get(owner.token, `/api/organizations/${id}/`)).statusCode, id).toBe(404);
    }
  });
});

describe('roles on organization settings', () => {
  let owner: Registered;
  const members: Record<'admin' | 'manager' | 'employee', Registered> = {} as never;

  beforeAll(async () => {
    owner = await registerUser(t.app, { organization_name: 'Roles Inc' });
    for (const role of ['admin', 'manager', 'employee'] as const) {
      members[role] = await registerUser(t.app);
      await addMember(t.app, owner.token, owner.organization.id, members[role], role);
    }
  });

  const patch = (token: string, payload: object) =>
    call(t.app, token, { method: 'PATCH', url: `/api/organizations/${owner.organization.id}/`, payload });

  it('every member reads; Owner and Admin update; Manager and Employee get 403', async () => {
    for (const member of [owner, ...Object.values(members)]) {
      expect((await get(member.token, `/api/organizations/${owner.organization.id}/`)).statusCode).toBe(200);
    }
    expect((await patch(owner.token, { industry: 'Software' })).json().industry).toBe('Software');
    expect((await patch(members.admin.token, { website: 'https://roles.example' })).statusCode).toBe(200);
    for (const role of ['manager', 'employee'] as const) {
      const res = await patch(members[role].token, { name: 'Nope' });
      expect(res.statusCode, role).toBe(403);
      expect(res.json().code).toBe('permission_denied');
    }
  });

  it('validates fields and ignores read-only ones', async () => {
    const bad = await patch(owner.token, {
      name: '',
      email: 'not-an-email',
      timezone: 'Nowhere/City',
      currency: 'dollars',
    });
    expect(bad.statusCode).toBe(400);
    expect(Object.keys(bad.json().errors).sort()).toEqual(['currency', 'email', 'name', 'timezone']);
    expect(bad.json().errors.name).toEqual(['This field may not be blank.']);
    const ignored = await patch(owner.token, { id: 12345, slug: 'hacked', created_at: '2000-01-01T00:00:00.000Z' });
    expect(ignored.statusCode).toBe(200);
    expect(ignored.json()).toMatchObject({ id: owner.organization.id, slug: 'roles-inc' });
  });

  it('only the Owner deletes, and only with the exact name', async () => {
    const url = `/api/organizations/${owner.organization.id}/`;
    for (const role of ['admin', 'manager', 'employee'] as const) {
      const res = await call(t.app, members[role].token, { method: 'DELETE', url, payload: { confirm: 'Roles Inc' } });
      expect(res.statusCode, role).toBe(403);
    }
    const wrong = await call(t.app, owner.token, { method: 'DELETE', url, payload: { confirm: 'roles inc' } });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().errors).toHaveProperty('confirm');

    const ok = await call(t.app, owner.token, { method: 'DELETE', url, payload: { confirm: 'Roles Inc' } });
    expect(ok.statusCode).toBe(204);
    expect((await get(owner.token, url)).statusCode).toBe(404);
    const db = t.db.kysely;
    for (const table of ['memberships', 'employees', 'pipelines', 'pipeline_stages'] as const) {
      const rows = await db
        .selectFrom(table)
        .select('organization_id')
        .where('organization_id', '=', owner.organization.id)
        .execute();
      expect(rows, table).toHaveLength(0);
    }
    // The owner had no other organization: nothing is active any more.
    const me = (await get(owner.token, '/api/users/me/')).json();
    expect(me.default_organization_id).toBeNull();
    const none = await get(owner.token, '/api/organizations/current/');
    expect(none.statusCode).toBe(403);
    expect(none.json().code).toBe('no_active_organization');
    const audit = await db
      .selectFrom('audit_logs')
      .selectAll()
      .where('action', '=', 'delete')
      .where('resource_type', '=', 'organization')
      .where('resource_id', '=', owner.organization.id)
      .executeTakeFirstOrThrow();
    expect(audit.organization_id).toBeNull();
    expect(JSON.parse(audit.changes ?? '{}').name).toEqual({ old: 'Roles Inc', new: null });
  });

  it('a suspended member is refused on the next request', async () => {
    const other = await registerUser(t.app, { organization_name: 'Suspends' });
    const member = await registerUser(t.app);
    await addMember(t.app, other.token, other.organization.id, member, 'employee');
    expect((await get(member.token, '/api/organizations/current/', other.organization.id)).statusCode).toBe(200);
    await t.db.kysely
      .updateTable('memberships')
      .set({ status: 'suspended' })
      .where('organization_id', '=', other.organization.id)
      .where('user_id', '=', member.user.id)
      .execute();
    expect((await get(member.token, '/api/organizations/current/', other.organization.id)).statusCode).toBe(403);
    expect((await get(member.token, `/api/organizations/${other.organization.id}/`)).statusCode).toBe(403);
  });
});

describe('pagination envelope', () => {
  it('pages of the caller organizations with absolute links from PUBLIC_URL', async () => {
    const owner = await registerUser(t.app, { organization_name: 'P1' });
    for (const name of ['P2', 'P3'])
      await call(t.app, owner.token, { method: 'POST', url: '/api/organizations/', payload: { name } });
    const first = (await get(owner.token, '/api/organizations/?page_size=2')).json();
    expect(first).toMatchObject({
      count: 3,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/organizations/?page_size=2&page=2`,
    });
    expect(first.results.map((o: { name: string }) => o.name)).toEqual(['P1', 'P2']);
    const second = (
      await call(t.app, owner.token, {
        method: 'GET',
        url: '/api/organizations/?page_size=2&page=2',
        headers: { host: 'evil.example' },
      })
    ).json();
    expect(second).toMatchObject({
      count: 3,
      next: null,
      previous: `${TEST_PUBLIC_URL}/api/organizations/?page_size=2`,
    });
    expect(second.results).toHaveLength(1);
    expect((await get(owner.token, '/api/organizations/?page_size=2&page=3')).statusCode).toBe(404);
    expect((await get(owner.token, '/api/organizations/?page=abc')).statusCode).toBe(404);
    expect((await get(owner.token, '/api/organizations/?page=0')).statusCode).toBe(404);
    expect((await get(owner.token, '/api/organizations/?page_size=1000')).json().results).toHaveLength(3);
  });

  it('page 1 of an empty list is 200', async () => {
    const owner = await registerUser(t.app, { organization_name: 'Lonely' });
    await call(t.app, owner.token, {
      method: 'DELETE',
      url: `/api/organizations/${owner.organization.id}/`,
      payload: { confirm: 'Lonely' },
    });
    const res = await get(owner.token, '/api/organizations/');
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ count: 0, next: null, previous: null, results: [] });
  });
});
