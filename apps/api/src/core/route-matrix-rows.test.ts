import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { addMember, registerUser, type Registered } from '../test/factories.js';

/**
 * The rows half of the route × role matrix (route-matrix.test.ts checks status codes): for every
 * list (with and without ?search=), detail, timeline, board and stats route of customers, leads,
 * deals and activities, each caller gets exactly the rows PRODUCT §3's visibility allows, in both
 * `record_visibility` settings. The expectations come from the ownership table below, restated
 * here independently of core/visibility.ts.
 *
 * People: Owner, Admin, Manager M; E1 reports to M, E2 reports to E1 (a chain two levels deep),
 * E3 reports to nobody.
 */
type Person = 'owner' | 'admin' | 'M' | 'E1' | 'E2' | 'E3';
type Resource = 'customers' | 'leads' | 'deals' | 'activities';
type Setting = { employee: 'all' | 'own'; manager: 'all' | 'team' };

interface Fixture {
  key: string;
  resource: Resource;
  id: number;
  assigned: Person | null;
  createdBy: Person;
  /** For activities: the record it belongs to. */
  parent?: Fixture;
}

const REPORTS_TO: Partial<Record<Person, Person>> = { E1: 'M', E2: 'E1' };
const ROLE: Record<Person, 'owner' | 'admin' | 'manager' | 'employee'> = {
  owner: 'owner',
  admin: 'admin',
  M: 'manager',
  E1: 'employee',
  E2: 'employee',
  E3: 'employee',
};

let t: TestApp;
let organizationId: number;
let pipelineId: number;
const people = {} as Record<Person, Registered & { employeeId: number }>;
const fixtures: Fixture[] = [];

const as = (who: Person, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  call(t.app, people[who].token, { method, url, org: organizationId, ...(payload ? { payload } : {}) });

async function ok(who: Person, method: 'POST' | 'PATCH', url: string, payload: object) {
  const res = await as(who, method, url, payload);
  if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}

function reportsUpTo(person: Person | null, boss: Person): boolean {
  for (let p = person ? REPORTS_TO[person] : undefined; p; p = REPORTS_TO[p]) if (p === boss) return true;
  return false;
}

function scopeOf(viewer: Person, setting: Setting): 'all' | 'own' | 'team' {
  const role = ROLE[viewer];
  if (role === 'manager') return setting.manager === 'team' ? 'team' : 'all';
  if (role === 'employee') return setting.employee === 'own' ? 'own' : 'all';
  return 'all';
}

/** PRODUCT §3, restated: own = assigned to or created by; team adds whoever reports up to the viewer. */
function expectedVisible(viewer: Person, setting: Setting, record: Fixture): boolean {
  const scope = scopeOf(viewer, setting);
  if (scope === 'all') return true;
  const own = record.assigned === viewer || record.createdBy === viewer;
  const team = scope === 'team' && reportsUpTo(record.assigned, viewer);
  if (own || team) return true;
  return (
    record.resource === 'activities' && record.parent !== undefined && expectedVisible(viewer, setting, record.parent)
  );
}

const idsOf = (results: { id: number }[]) => results.map((r) => r.id).sort((a, b) => a - b);
const expectedIds = (viewer: Person, setting: Setting, resource: Resource) =>
  fixtures
    .filter((f) => f.resource === resource && expectedVisible(viewer, setting, f))
    .map((f) => f.id)
    .sort((a, b) => a - b);

async function makeRecords(resource: Exclude<Resource, 'activities'>, body: (key: string) => object) {
  for (const assigned of [null, 'M', 'E1', 'E2', 'E3'] as const) {
    const key = `vis ${resource} ${assigned ?? 'nobody'}`;
    const record = await ok('owner', 'POST', `/api/${resource}/`, {
      ...body(key),
      assigned_to: assigned ? people[assigned].employeeId : null,
    });
    fixtures.push({ key, resource, id: record.id, assigned, createdBy: 'owner' });
  }
  // Created by E3 (an Employee is assigned what they create), then left unassigned by the Owner.
  const key = `vis ${resource} by E3`;
  const record = await ok('E3', 'POST', `/api/${resource}/`, body(key));
  await ok('owner', 'PATCH', `/api/${resource}/${record.id}/`, { assigned_to: null });
  fixtures.push({ key, resource, id: record.id, assigned: null, createdBy: 'E3' });
}

const find = (resource: Resource, assigned: Person | null, createdBy: Person = 'owner') =>
  fixtures.find(
    (f) => f.resource === resource && f.assigned === assigned && f.createdBy === createdBy && !f.parent,
  ) as Fixture;

beforeAll(async () => {
  t = await createTestApp();
  const owner = await registerUser(t.app);
  organizationId = owner.organization.id;
  for (const person of ['admin', 'M', 'E1', 'E2', 'E3'] as const) {
    const user = await registerUser(t.app, { first_name: person });
    await addMember(t.app, owner.token, organizationId, user, ROLE[person] as 'admin');
    people[person] = { ...user, employeeId: 0 };
  }
  people.owner = { ...owner, employeeId: 0 };
  const employees = (
    await call(t.app, owner.token, { method: 'GET', url: '/api/employees/?page_size=100', org: organizationId })
  ).json().results;
  for (const person of Object.keys(people) as Person[]) {
    people[person].employeeId = employees.find((e: { user_id: number }) => e.user_id === people[person].user.id).id;
  }
  for (const [person, boss] of Object.entries(REPORTS_TO) as [Person, Person][]) {
    await ok('owner', 'PATCH', `/api/employees/${people[person].employeeId}/`, { manager_id: people[boss].employeeId });
  }
  pipelineId = (await call(t.app, owner.token, { method: 'GET', url: '/api/pipelines/', org: organizationId })).json()
    .results[0].id;

  await makeRecords('customers', (key) => ({ name: key }));
  await makeRecords('leads', (key) => ({ company: key }));
  const holder = find('customers', null).id;
  await makeRecords('deals', (key) => ({ title: key, customer_id: holder }));
  // Activities: each person's own task on the Owner's unassigned customer, and unassigned notes that
  // are visible through their parent only (E1's lead, M's customer, E3's deal).
  for (const assigned of [null, 'M', 'E1', 'E2', 'E3'] as const) {
    const parent = find('customers', null);
    const key = `vis activity ${assigned ?? 'nobody'}`;
    const record = await ok('owner', 'POST', '/api/activities/', {
      type: 'task',
      subject: key,
      customer_id: parent.id,
      assigned_to: assigned ? people[assigned].employeeId : null,
    });
    fixtures.push({ key, resource: 'activities', id: record.id, assigned, createdBy: 'owner', parent });
  }
  for (const [field, parent] of [
    ['lead_id', find('leads', 'E1')],
    ['customer_id', find('customers', 'M')],
    ['deal_id', find('deals', 'E3')],
  ] as const) {
    const key = `vis note on ${parent.key}`;
    const record = await ok('owner', 'POST', '/api/activities/', { type: 'note', subject: key, [field]: parent.id });
    fixtures.push({ key, resource: 'activities', id: record.id, assigned: null, createdBy: 'owner', parent });
  }
  // M's customer also holds deals of M and of E3: a timeline shows only the deals its reader sees.
  for (const assigned of ['M', 'E3'] as const) {
    const key = `vis deal of M's customer for ${assigned}`;
    const record = await ok('owner', 'POST', '/api/deals/', {
      title: key,
      customer_id: find('customers', 'M').id,
      assigned_to: people[assigned].employeeId,
    });
    fixtures.push({ key, resource: 'deals', id: record.id, assigned, createdBy: 'owner' });
  }
}, 120_000);
afterAll(() => t.close());

const VIEWERS: Person[] = ['owner', 'admin', 'M', 'E1', 'E2', 'E3'];
const SETTINGS: Setting[] = [
  { employee: 'own', manager: 'team' },
  { employee: 'all', manager: 'all' },
];

describe.each(SETTINGS)('record_visibility employee=$employee manager=$manager', (setting) => {
  beforeAll(async () => {
    await ok('owner', 'PATCH', `/api/organizations/${organizationId}/`, { record_visibility: setting });
  });

  it.each(VIEWERS)('lists, searches, details and timelines give %s exactly the visible rows', async (viewer) => {
    for (const resource of ['customers', 'leads', 'deals', 'activities'] as const) {
      const expected = expectedIds(viewer, setting, resource);
      const list = await as(viewer, 'GET', `/api/${resource}/?page_size=100`);
      expect(idsOf(list.json().results), `${viewer} lists ${resource}`).toEqual(expected);
      expect(list.json().count).toBe(expected.length);
      const searched = await as(viewer, 'GET', `/api/${resource}/?page_size=100&search=vis`);
      expect(idsOf(searched.json().results), `${viewer} searches ${resource}`).toEqual(expected);
      for (const record of fixtures.filter((f) => f.resource === resource)) {
        const visible = expectedVisible(viewer, setting, record);
        const detail = await as(viewer, 'GET', `/api/${resource}/${record.id}/`);
        expect(detail.statusCode, `${viewer} opens ${record.key}`).toBe(visible ? 200 : 404);
        if (resource === 'activities') continue;
        const timeline = await as(viewer, 'GET', `/api/${resource}/${record.id}/timeline/?page_size=100`);
        expect(timeline.statusCode, `${viewer} opens the timeline of ${record.key}`).toBe(visible ? 200 : 404);
      }
    }
  });

  it.each(VIEWERS)("a customer's timeline shows %s only the deals and activities they see", async (viewer) => {
    const customer = find('customers', 'M');
    if (!expectedVisible(viewer, setting, customer)) return;
    const entries = (await as(viewer, 'GET', `/api/customers/${customer.id}/timeline/?page_size=100`)).json().results;
    const dealIds = new Set(
      entries
        .filter(
          (e: { kind: string; event: { resource_type: string } }) =>
            e.kind === 'event' && e.event.resource_type === 'deal',
        )
        .map((e: { event: { resource_id: number } }) => e.event.resource_id),
    );
    const activityIds = new Set(
      entries
        .filter((e: { kind: string }) => e.kind === 'activity')
        .map((e: { activity: { id: number } }) => e.activity.id),
    );
    for (const deal of fixtures.filter((f) => f.resource === 'deals' && f.key.includes("M's customer"))) {
      expect(dealIds.has(deal.id), `${viewer} sees ${deal.key} on the timeline`).toBe(
        expectedVisible(viewer, setting, deal),
      );
    }
    const note = fixtures.find((f) => f.resource === 'activities' && f.parent === customer) as Fixture;
    expect(activityIds.has(note.id)).toBe(true);
  });

  it.each(VIEWERS)('the board and the stats count only what %s sees', async (viewer) => {
    const board = (await as(viewer, 'GET', `/api/pipelines/${pipelineId}/board/`)).json();
    const cards = board.columns
      .flatMap((c: { deals: { id: number }[] }) => c.deals.map((d) => d.id))
      .sort((a: number, b: number) => a - b);
    expect(cards, `${viewer}'s board`).toEqual(expectedIds(viewer, setting, 'deals'));
    const counted = board.columns.reduce((sum: number, c: { count: number }) => sum + c.count, 0);
    expect(counted).toBe(expectedIds(viewer, setting, 'deals').length);
    const stats = (await as(viewer, 'GET', '/api/customers/stats/')).json();
    expect(stats.total, `${viewer}'s customer stats`).toBe(expectedIds(viewer, setting, 'customers').length);
  });

  it.each(VIEWERS)('an id in a body that %s cannot see is a 400 field error, like an unknown one', async (viewer) => {
    const hidden = fixtures.find((f) => f.resource === 'customers' && !expectedVisible(viewer, setting, f));
    const hiddenLead = fixtures.find((f) => f.resource === 'leads' && !expectedVisible(viewer, setting, f));
    if (!hidden || !hiddenLead) return;
    const deal = await as(viewer, 'POST', '/api/deals/', { title: 'Sneaky', customer_id: hidden.id });
    expect(deal.statusCode).toBe(400);
    expect(deal.json().errors).toHaveProperty('customer_id');
    const note = await as(viewer, 'POST', '/api/activities/', {
      type: 'note',
      subject: 'Sneaky',
      lead_id: hiddenLead.id,
    });
    expect(note.statusCode).toBe(400);
    expect(note.json().errors).toHaveProperty('lead_id');
  });
});

describe('record_visibility setting', () => {
  it('is returned on the organization, merged from partial objects, audited, and Owner/Admin only', async () => {
    await ok('owner', 'PATCH', `/api/organizations/${organizationId}/`, {
      record_visibility: { employee: 'own', manager: 'all' },
    });
    const merged = await ok('admin', 'PATCH', `/api/organizations/${organizationId}/`, {
      record_visibility: { manager: 'team' },
    });
    expect(merged.record_visibility).toEqual({ employee: 'own', manager: 'team' });
    expect((await as('M', 'GET', `/api/organizations/${organizationId}/`)).json().record_visibility).toEqual({
      employee: 'own',
      manager: 'team',
    });
    expect(
      (await as('M', 'PATCH', `/api/organizations/${organizationId}/`, { record_visibility: { manager: 'all' } }))
        .statusCode,
    ).toBe(403);
    const bad = await as('owner', 'PATCH', `/api/organizations/${organizationId}/`, {
      record_visibility: { employee: 'team' },
    });
    expect(bad.statusCode).toBe(400);
    const audit = (await as('owner', 'GET', '/api/audit-logs/?resource_type=organization')).json().results;
    expect(
      audit.some((r: { changes: Record<string, unknown> | null }) => r.changes && 'record_visibility' in r.changes),
    ).toBe(true);
  });
});
