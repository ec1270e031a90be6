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

async function createVendor(member: TeamMember, payload: object = {}) {
  const res = await as(member, 'POST', '/api/vendors/', { name: 'Paper Co', ...payload });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('vendors CRUD', () => {
  it('creates with a code, defaults and JSON fields, ignoring read-only ones; reads it back', async () => {
    const vendor = await createVendor(team.owner, {
      name: '  Dunder Mifflin ',
      email: 'Sales@Dunder.Example',
      company_name: 'Dunder Mifflin Paper Company',
      rating: 4,
      payment_terms: 'Net 30',
      city: 'Scranton',
      custom_fields: { account: 'DM-7', preferred: true },
      tags: ['paper', 'paper', 'local'],
      code: 'HACK-1',
      organization_id: team.outsider.organization.id,
    });
    expect(vendor).toMatchObject({
      name: 'Dunder Mifflin',
      email: 'sales@dunder.example',
      vendor_type: 'supplier',
      status: 'active',
      rating: 4,
      payment_terms: 'Net 30',
      city: 'Scranton',
      website: null,
      custom_fields: { account: 'DM-7', preferred: true },
      tags: ['paper', 'local'],
      created_by: team.owner.user.id,
    });
    expect(vendor.code).toMatch(/^VEND-\d{3,}$/);
    const read = await as(team.employee, 'GET', `/api/vendors/${vendor.id}/`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toEqual(vendor);
  });

  it('PATCH changes only what is sent; null clears; PUT needs the name', async () => {
    const vendor = await createVendor(team.owner, { phone: '+1 555', rating: 2, tags: ['a'] });
    const patched = await as(team.owner, 'PATCH', `/api/vendors/${vendor.id}/`, {
      rating: null,
      status: 'blacklisted',
      vendor_type: 'contractor',
    });
    expect(patched.json()).toMatchObject({
      phone: '+1 555',
      rating: null,
      status: 'blacklisted',
      vendor_type: 'contractor',
      tags: ['a'],
      name: 'Paper Co',
    });
    const put = await as(team.owner, 'PUT', `/api/vendors/${vendor.id}/`, { phone: '+1 777' });
    expect(put.statusCode).toBe(400);
    expect(put.json().errors.name).toEqual(['This field is required.']);
    const replaced = await as(team.owner, 'PUT', `/api/vendors/${vendor.id}/`, { name: 'Paper Two', tags: null });
    expect(replaced.json()).toMatchObject({ name: 'Paper Two', phone: '+1 555', tags: [], code: vendor.code });
  });

  it('validation errors at the fields', async () => {
    const res = await as(team.owner, 'POST', '/api/vendors/', {
      name: '',
      email: 'bad',
      vendor_type: 'friend',
      status: 'gold',
      rating: 6,
    });
    expect(res.statusCode).toBe(400);
    expect(Object.keys(res.json().errors).sort()).toEqual(['email', 'name', 'rating', 'status', 'vendor_type']);
    for (const rating of [0, 2.5, '3']) {
      const bad = await as(team.owner, 'POST', '/api/vendors/', { name: 'X', rating });
      expect(bad.statusCode, String(rating)).toBe(400);
      expect(bad.json().errors).toHaveProperty('rating');
    }
  });

  it('delete answers 204, then 404', async () => {
    const vendor = await createVendor(team.manager);
    expect((await as(team.manager, 'DELETE', `/api/vendors/${vendor.id}/`)).statusCode).toBe(204);
    expect((await as(team.owner, 'GET', `/api/vendors/${vendor.id}/`)).statusCode).toBe(404);
  });
});

describe('vendors roles', () => {
  it('Owner, Admin and Manager write; Employee only reads', async () => {
    for (const member of [team.owner, team.admin, team.manager]) {
      const vendor = await createVendor(member);
      expect((await as(member, 'PATCH', `/api/vendors/${vendor.id}/`, { notes: 'ok' })).statusCode).toBe(200);
      expect((await as(member, 'DELETE', `/api/vendors/${vendor.id}/`)).statusCode).toBe(204);
    }
    const vendor = await createVendor(team.owner);
    expect((await as(team.employee, 'GET', '/api/vendors/')).statusCode).toBe(200);
    expect((await as(team.employee, 'GET', '/api/vendors/stats/')).statusCode).toBe(200);
    const denied = await as(team.employee, 'POST', '/api/vendors/', { name: 'Mine' });
    expect(denied.statusCode).toBe(403);
    expect(denied.json().code).toBe('permission_denied');
    expect((await as(team.employee, 'PATCH', `/api/vendors/${vendor.id}/`, { notes: 'x' })).statusCode).toBe(403);
    expect((await as(team.employee, 'PUT', `/api/vendors/${vendor.id}/`, { name: 'x' })).statusCode).toBe(403);
    expect((await as(team.employee, 'DELETE', `/api/vendors/${vendor.id}/`)).statusCode).toBe(403);
  });

  it("another organization's vendor is 404 on every route", async () => {
    const vendor = await createVendor(team.owner);
    for (const [method, payload] of [['GET'], ['PATCH', { notes: 'x' }], ['PUT', { name: 'x' }], ['DELETE']] as const) {
      const res = await as(team.outsider, method, `/api/vendors/${vendor.id}/`, payload);
      expect(res.statusCode, method).toBe(404);
    }
    const list = (await as(team.outsider, 'GET', '/api/vendors/')).json();
    expect(list.results.map((v: { id: number }) => v.id)).not.toContain(vendor.id);
    expect((await as(team.outsider, 'GET', '/api/vendors/stats/')).json().total).toBe(0);
  });
});

describe('vendors list', () => {
  it('searches substrings case-insensitively, filters, orders and paginates', async () => {
    const fresh = await createTeam(t.app, t.db);
    const mk = (payload: object) =>
      asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/vendors/', payload });
    await mk({ name: 'Zeta Logistics', email: 'ops@zetaship.example', status: 'inactive', rating: 2 });
    await mk({ name: 'Alpha Consulting', company_name: 'Alphabet Advisory', vendor_type: 'consultant', rating: 5 });
    await mk({ name: 'Beta Builders', vendor_type: 'contractor', status: 'blacklisted', phone: '+44 20 7946 0000' });
    for (let i = 0; i < 3; i++) await mk({ name: `Filler ${i}` });
    const list = (url: string) => asMember(t.app, fresh, fresh.owner, { method: 'GET', url });
    const names = async (url: string) => (await list(url)).json().results.map((v: { name: string }) => v.name);

    expect(await names('/api/vendors/?search=ALPHABET')).toEqual(['Alpha Consulting']);
    expect(await names('/api/vendors/?search=zetaship.ex')).toEqual(['Zeta Logistics']);
    expect(await names('/api/vendors/?search=7946')).toEqual(['Beta Builders']);
    expect(await names('/api/vendors/?search=ZE')).toEqual(['Zeta Logistics']);
    expect((await list('/api/vendors/?search=vend-00')).json().count).toBe(6);
    expect((await list('/api/vendors/?search=100%25')).json().count).toBe(0);
    expect(await names('/api/vendors/?status=blacklisted')).toEqual(['Beta Builders']);
    expect(await names('/api/vendors/?vendor_type=consultant')).toEqual(['Alpha Consulting']);
    expect((await list('/api/vendors/?vendor_type=supplier&status=active')).json().count).toBe(3);
    expect((await list('/api/vendors/?vendor_type=friend')).statusCode).toBe(400);

    expect((await names('/api/vendors/?ordering=name')).slice(0, 3)).toEqual([
      'Alpha Consulting',
      'Beta Builders',
      'Filler 0',
    ]);
    expect((await names('/api/vendors/?ordering=-name'))[0]).toBe('Zeta Logistics');
    expect((await list('/api/vendors/?ordering=code')).json().results[0].code).toBe('VEND-001');
    // Unrated vendors come last in both directions, on both databases.
    expect((await names('/api/vendors/?ordering=-rating')).slice(0, 2)).toEqual(['Alpha Consulting', 'Zeta Logistics']);
    expect((await names('/api/vendors/?ordering=rating')).slice(0, 2)).toEqual(['Zeta Logistics', 'Alpha Consulting']);
    const badOrdering = await list('/api/vendors/?ordering=search_text');
    expect(badOrdering.statusCode).toBe(400);
    expect(badOrdering.json().errors).toHaveProperty('ordering');

    const page1 = (await list('/api/vendors/?page_size=4&ordering=name')).json();
    expect(page1).toMatchObject({
      count: 6,
      previous: null,
      next: `${TEST_PUBLIC_URL}/api/vendors/?page_size=4&ordering=name&page=2`,
    });
    const page2 = (await list('/api/vendors/?page_size=4&ordering=name&page=2')).json();
    expect(page2.results.map((v: { name: string }) => v.name)).toEqual(['Filler 2', 'Zeta Logistics']);
    expect(page2.previous).toBe(`${TEST_PUBLIC_URL}/api/vendors/?page_size=4&ordering=name`);
    expect((await list('/api/vendors/?page=3&page_size=4')).statusCode).toBe(404);
    expect((await list('/api/vendors/?page=0')).statusCode).toBe(404);

    const today = new Date().toISOString().slice(0, 10);
    expect((await list(`/api/vendors/?created_after=${today}&created_before=${today}`)).json().count).toBe(6);
    expect((await list('/api/vendors/?created_before=2000-01-01')).json().count).toBe(0);
    expect((await list('/api/vendors/?created_after=yesterday')).statusCode).toBe(400);
  });

  it('stats counts by status and type, and new this month', async () => {
    const fresh = await createTeam(t.app, t.db);
    const mk = (payload: object) =>
      asMember(t.app, fresh, fresh.owner, { method: 'POST', url: '/api/vendors/', payload });
    await mk({ name: 'A', status: 'inactive', vendor_type: 'contractor' });
    await mk({ name: 'B' });
    await mk({ name: 'C', vendor_type: 'contractor' });
    const stats = (await asMember(t.app, fresh, fresh.employee, { method: 'GET', url: '/api/vendors/stats/' })).json();
    expect(stats).toEqual({
      total: 3,
      by_status: { active: 2, inactive: 1 },
      by_type: { contractor: 2, supplier: 1 },
      new_this_month: 3,
    });
  });
});

describe('vendor codes', () => {
  it('50 parallel creates get 50 distinct codes', async () => {
    const fresh = await createTeam(t.app, t.db);
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        asMember(t.app, fresh, fresh.owner, {
          method: 'POST',
          url: '/api/vendors/',
          payload: { name: `Parallel ${i}` },
        }),
      ),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(50).fill(201));
    const codes = new Set(responses.map((r) => r.json().code as string));
    expect(codes.size).toBe(50);
    expect([...codes].sort()[0]).toBe('VEND-001');
    expect([...codes].sort()[49]).toBe('VEND-050');
  });
});
