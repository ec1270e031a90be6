import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { createTeam, type Team } from '../test/factories.js';
import { issueToken } from '../modules/auth/auth.service.js';

/**
 * Every route of the running app, read from its route table, gets the inputs an attack from
 * outside used: overflowing page numbers, impossible dates, control characters, custom_fields
 * thousands of levels deep or a megabyte long, `javascript:` websites. None may answer 5xx. A route
 * added later is covered without touching this file.
 */
let t: TestApp;
let team: Team;
const ids: Record<string, number | string> = {};

const as = (token: string, method: string, url: string, payload?: object) =>
  call(t.app, token, { method: method, url, org: team.organizationId, ...(payload ? { payload } : {}) });

beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
  const owner = team.owner.token;
  const post = async (url: string, body: object) => (await as(owner, 'POST', url, body)).json();
  ids.customers = (await post('/api/customers/', { name: 'Route inputs' })).id;
  ids.leads = (await post('/api/leads/', { company: 'Route inputs' })).id;
  ids.deals = (await post('/api/deals/', { title: 'Route inputs', customer_id: ids.customers })).id;
  ids.activities = (
    await post('/api/activities/', { type: 'task', subject: 'Route inputs', customer_id: ids.customers })
  ).id;
  ids.vendors = (await post('/api/vendors/', { name: 'Route inputs' })).id;
  ids.employees = team.employee.employeeId;
  const pipeline = (await as(owner, 'GET', '/api/pipelines/')).json().results[0];
  ids.pipelines = pipeline.id;
  ids.stages = pipeline.stages[0].id;
  ids.organizations = team.organizationId;
  ids.members = team.employee.user.id;
  ids.invitations = (
    await post(`/api/organizations/${team.organizationId}/invitations/`, {
      email: `inputs-${process.pid}@example.com`,
      role: 'employee',
    })
  ).id;
}, 60_000);
afterAll(() => t.close());

/** A route's path with its parameters filled from the fixtures, by the segment that names them. */
function fill(url: string): string {
  const segments = url.split('/');
  return segments
    .map((segment, i) => {
      if (segment === '*') return 'swagger-ui.css';
      if (!segment.startsWith(':')) return segment;
      if (segment === ':token') return 'a'.repeat(40);
      const owner =
        segment === ':id'
          ? segments[i - 1]
          : { ':stage_id': 'stages', ':user_id': 'members', ':invitation_id': 'invitations' }[segment];
      return String(ids[owner ?? ''] ?? 1);
    })
    .join('/');
}

const HOSTILE_QUERIES = [
  'page=1e300',
  'page=99999999999999999999',
  'page=-1',
  'page_size=1e300',
  'created_before=2024-02-30',
  'created_after=0000-00-00',
  'created_before=9999-99-99',
  'search=%00',
  'search=a%00',
  'search=abc%00def',
  'ordering=%00name',
];

const deepJson = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;
const HOSTILE_BODIES = [
  `{"name":"x","title":"x","company":"x","custom_fields":${deepJson(20_000)}}`,
  `{"custom_fields":{"blob":"${'x'.repeat(900_000)}"}}`,
  '{"name":"x","website":"javascript:alert(1)"}',
  `{"name":"x","notes":"\\u0000\\u0001"}`,
  `${'['.repeat(100_000)}${']'.repeat(100_000)}`,
];

describe('hostile inputs over the whole route table', () => {
  it('no route answers 5xx', async () => {
    const routes = t.app
      .apiRoutes()
      .filter((r) => r.method !== 'DELETE' && r.method !== 'HEAD' && r.method !== 'OPTIONS');
    expect(routes.length).toBeGreaterThan(60);
    const failures: string[] = [];
    for (const route of routes) {
      const url = fill(route.url.endsWith('/') || route.url.includes('*') ? route.url : `${route.url}/`);
      // A token of its own per request: a hostile logout must not end the session of the rest.
      const token = await issueToken(t.db.kysely, team.owner.user.id);
      for (const query of HOSTILE_QUERIES) {
        const res = await as(token, route.method, `${url}?${query}`, route.method === 'GET' ? undefined : {});
        if (res.statusCode >= 500) failures.push(`${route.method} ${url}?${query} → ${res.statusCode}`);
        if (query.includes('%00') && res.statusCode !== 400 && res.statusCode !== 401)
          failures.push(`${route.method} ${url}?${query} → ${res.statusCode}, expected 400`);
      }
      if (route.method === 'GET') continue;
      for (const body of HOSTILE_BODIES) {
        const res = await call(t.app, token, {
          method: route.method,
          url,
          org: team.organizationId,
          payload: body,
          headers: { 'content-type': 'application/json' },
        });
        if (res.statusCode >= 500)
          failures.push(`${route.method} ${url} with ${body.slice(0, 40)}… → ${res.statusCode}`);
      }
    }
    expect(failures).toEqual([]);
  }, 120_000);

  it('a page number past the end is 404 on every list', async () => {
    const lists: string[] = [];
    for (const route of t.app.apiRoutes().filter((r) => r.method === 'GET')) {
      const url = fill(route.url);
      const plain = await as(team.owner.token, 'GET', url);
      const body =
        plain.statusCode === 200 && String(plain.headers['content-type']).includes('json') ? plain.json() : null;
      if (!body || !Array.isArray(body.results) || typeof body.count !== 'number') continue;
      lists.push(url);
      for (const page of ['1e300', '99999999999999999999', '2147483647']) {
        const res = await as(team.owner.token, 'GET', `${url}?page=${page}`);
        expect(res.statusCode, `${url}?page=${page}`).toBe(404);
      }
    }
    expect(lists.length).toBeGreaterThan(10);
  });
});
