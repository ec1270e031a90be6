import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, call, type TestApp } from '../test/test-app.js';
import { createTeam, registerUser, addMember, type Team } from '../test/factories.js';
import { issueToken } from '../modules/auth/auth.service.js';

/**
 * Every route of the running app × every kind of caller: the answer must match this table, which
 * restates PRODUCT §3 independently of the code. A route without a row fails the test, so no route
 * ships without its permissions being checked here.
 *
 * Expectations: 'ok' (2xx); 'pass' (got past authentication and authorisation: any answer but 401,
 * 403 and 404 — used where success would destroy the fixture, e.g. deleting the organization, so
 * the request is made to fail validation instead); or an exact status.
 */
type Actor = 'anonymous' | 'owner' | 'admin' | 'manager' | 'employee' | 'client' | 'outsider';
type Expect = 'ok' | 'pass' | 401 | 403 | 404;
type Row = Record<Actor, Expect>;
interface Request {
  url: string;
  body?: object;
}
interface Case {
  row: Row;
  prepare: (actor: Actor) => Promise<Request>;
}

const ACTORS: Actor[] = ['anonymous', 'owner', 'admin', 'manager', 'employee', 'client', 'outsider'];

/** Rows by rule: who may do it among staff; clients 403; the outsider as given. */
const rule = (allowed: Actor[], outsider: Expect, overrides: Partial<Row> = {}): Row => ({
  anonymous: 401,
  owner: allowed.includes('owner') ? 'ok' : 403,
  admin: allowed.includes('admin') ? 'ok' : 403,
  manager: allowed.includes('manager') ? 'ok' : 403,
  employee: allowed.includes('employee') ? 'ok' : 403,
  client: allowed.includes('client') ? 'ok' : 403,
  outsider,
  ...overrides,
});
const STAFF: Actor[] = ['owner', 'admin', 'manager', 'employee'];
const MANAGERS: Actor[] = ['owner', 'admin', 'manager'];
const ADMINS: Actor[] = ['owner', 'admin'];
const EVERYONE: Actor[] = [...STAFF, 'client'];
const publicRow = (expect: Expect): Row => Object.fromEntries(ACTORS.map((a) => [a, expect])) as Row;

let t: TestApp;
let team: Team;
const tokens = {} as Record<Exclude<Actor, 'anonymous'>, string>;
let seq = 0;
const unique = () => `${process.pid}-${++seq}`;

async function asOwner(method: 'POST' | 'GET', url: string, body?: object) {
  const res = await call(t.app, team.owner.token, {
    method,
    url,
    org: team.organizationId,
    ...(body ? { payload: body } : {}),
  });
  if (res.statusCode >= 300) throw new Error(`fixture ${method} ${url}: ${res.statusCode} ${res.body}`);
  return res.json();
}
const customer = async () =>
  (await asOwner('POST', '/api/customers/', { name: `Matrix ${unique()}`, email: `m${unique()}@example.com` }))
    .id as number;
const lead = async () =>
  (await asOwner('POST', '/api/leads/', { first_name: 'Matrix', company: `Co ${unique()}` })).id as number;
const deal = async () =>
  (await asOwner('POST', '/api/deals/', { title: 'Matrix deal', customer_id: await customer() })).id as number;
const activity = async () =>
  (await asOwner('POST', '/api/activities/', { type: 'task', subject: 'Call back', customer_id: await customer() }))
    .id as number;
const pipeline = async () =>
  (await asOwner('POST', '/api/pipelines/', { name: `Pipe ${unique()}` })) as { id: number; stages: { id: number }[] };
const employee = async () =>
  (await asOwner('POST', '/api/employees/', { first_name: 'Hr', last_name: `Only ${unique()}` })).id as number;
const vendor = async () => (await asOwner('POST', '/api/vendors/', { name: `Vendor ${unique()}` })).id as number;
const order = async () =>
  (
    await asOwner('POST', '/api/orders/', {
      title: 'Matrix order',
      customer_id: await customer(),
      items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
    })
  ).id as number;
const payment = async () =>
  (await asOwner('POST', '/api/payments/', { payment_date: '2026-01-15', customer_id: await customer(), amount: 5 }))
    .id as number;
const org = () => `/api/organizations/${team.organizationId}`;
async function freshMember(): Promise<number> {
  const user = await registerUser(t.app);
  await addMember(t.app, team.owner.token, team.organizationId, user, 'employee');
  return user.user.id;
}
const same = (url: string, body?: object) => async (): Promise<Request> => ({ url, ...(body ? { body } : {}) });

const CASES: Record<string, Case> = {
  // Platform and account
  'GET /api/health/': { row: publicRow('ok'), prepare: same('/api/health/') },
  'GET /api/openapi.json': { row: publicRow('ok'), prepare: same('/api/openapi.json') },
  'GET /api/docs': { row: publicRow('ok'), prepare: same('/api/docs') },
  'GET /api/docs/json': { row: publicRow('ok'), prepare: same('/api/docs/json') },
  'GET /api/docs/yaml': { row: publicRow('ok'), prepare: same('/api/docs/yaml') },
  'GET /api/docs/static/index.html': { row: publicRow('pass'), prepare: same('/api/docs/static/index.html') },
  'GET /api/docs/static/swagger-initializer.js': {
    row: publicRow('ok'),
    prepare: same('/api/docs/static/swagger-initializer.js'),
  },
  'GET /api/docs/static/*': { row: publicRow('ok'), prepare: same('/api/docs/static/swagger-ui.css') },
  'POST /api/users/': {
    row: publicRow('ok'),
    prepare: async () => ({
      url: '/api/users/',
      body: {
        username: `new${seq + 1}x${process.pid}`,
        email: `new${unique()}@example.com`,
        password: 'Matrix-password-42',
      },
    }),
  },
  'POST /api/auth/login/': {
    row: publicRow('pass'),
    prepare: same('/api/auth/login/', { username: 'nobody', password: 'Wrong-password-1' }),
  },
  'POST /api/auth/logout/': { row: { ...rule(EVERYONE, 'ok') }, prepare: same('/api/auth/logout/') },
  'POST /api/auth/password_reset/': {
    row: publicRow('ok'),
    prepare: async () => ({ url: '/api/auth/password_reset/', body: { email: `x${unique()}@example.com` } }),
  },
  'POST /api/auth/password_reset/confirm/': {
    row: publicRow('pass'),
    prepare: same('/api/auth/password_reset/confirm/', { token: 'f'.repeat(40), new_password: 'Another-pass-77' }),
  },
  'GET /api/users/me/': { row: rule(EVERYONE, 'ok'), prepare: same('/api/users/me/') },
  'PUT /api/users/update_profile/': {
    row: rule(EVERYONE, 'ok'),
    prepare: same('/api/users/update_profile/', { title: 'Tester' }),
  },
  'PATCH /api/users/update_profile/': {
    row: rule(EVERYONE, 'ok'),
    prepare: same('/api/users/update_profile/', { title: 'Tester' }),
  },
  'POST /api/users/change_password/': {
    row: rule(EVERYONE, 'pass', { owner: 'pass', admin: 'pass', manager: 'pass', employee: 'pass', client: 'pass' }),
    prepare: same('/api/users/change_password/', { old_password: 'not-the-password', new_password: 'Another-pass-77' }),
  },
  'GET /api/invitations/:token/': { row: publicRow(404), prepare: same(`/api/invitations/${'a'.repeat(40)}/`) },
  'POST /api/invitations/:token/accept/': {
    row: { ...publicRow(404) },
    prepare: same(`/api/invitations/${'a'.repeat(40)}/accept/`, {
      username: 'whoever',
      password: 'Matrix-password-42',
    }),
  },

  // Organizations: by membership of the organization in the path
  'GET /api/organizations/': { row: rule(EVERYONE, 'ok'), prepare: same('/api/organizations/') },
  'POST /api/organizations/': {
    row: rule(EVERYONE, 'ok'),
    prepare: async () => ({ url: '/api/organizations/', body: { name: `Side ${unique()}` } }),
  },
  'GET /api/organizations/my_organizations/': {
    row: rule(EVERYONE, 'ok'),
    prepare: same('/api/organizations/my_organizations/'),
  },
  'GET /api/organizations/current/': { row: rule(EVERYONE, 'ok'), prepare: same('/api/organizations/current/') },
  'GET /api/organizations/:id/': { row: rule(STAFF, 404), prepare: async () => ({ url: `${org()}/` }) },
  'PATCH /api/organizations/:id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `${org()}/`, body: { industry: 'Testing' } }),
  },
  'DELETE /api/organizations/:id/': {
    row: rule([], 404, { owner: 'pass' }),
    prepare: async () => ({ url: `${org()}/`, body: { confirm: 'not the name' } }),
  },
  'POST /api/organizations/:id/switch/': {
    row: rule(EVERYONE, 404),
    prepare: async () => ({ url: `${org()}/switch/` }),
  },
  'POST /api/organizations/:id/transfer_ownership/': {
    row: rule([], 404, { owner: 'pass' }),
    prepare: async () => ({ url: `${org()}/transfer_ownership/`, body: { user_id: 2 ** 31 - 1 } }),
  },
  'GET /api/organizations/:id/members/': { row: rule(STAFF, 404), prepare: async () => ({ url: `${org()}/members/` }) },
  'POST /api/organizations/:id/add_member/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({
      url: `${org()}/add_member/`,
      body: { email: (await registerUser(t.app)).user.email, role: 'employee' },
    }),
  },
  'PATCH /api/organizations/:id/members/:user_id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `${org()}/members/${await freshMember()}/`, body: { role: 'manager' } }),
  },
  'DELETE /api/organizations/:id/members/:user_id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `${org()}/members/${await freshMember()}/` }),
  },
  'GET /api/organizations/:id/invitations/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `${org()}/invitations/` }),
  },
  'POST /api/organizations/:id/invitations/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({
      url: `${org()}/invitations/`,
      body: { email: `inv${unique()}@example.com`, role: 'employee' },
    }),
  },
  'DELETE /api/organizations/:id/invitations/:invitation_id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({
      url: `${org()}/invitations/${(await asOwner('POST', `${org()}/invitations/`, { email: `rev${unique()}@example.com`, role: 'employee' })).id}/`,
    }),
  },

  // Sales data: staff read and create; Employee changes only own records (fixtures are the Owner's)
  'GET /api/customers/': { row: rule(STAFF, 'ok'), prepare: same('/api/customers/') },
  'POST /api/customers/': { row: rule(STAFF, 'ok'), prepare: same('/api/customers/', { name: 'Created in matrix' }) },
  // Bulk: every staff role gets 200 with per-record refusals (the outsider's ids are not_found).
  'POST /api/customers/bulk/': {
    row: rule(STAFF, 'ok'),
    prepare: async () => ({
      url: '/api/customers/bulk/',
      body: { ids: [await customer()], action: 'set_status', status: 'vip' },
    }),
  },
  'POST /api/leads/bulk/': {
    row: rule(STAFF, 'ok'),
    prepare: async () => ({
      url: '/api/leads/bulk/',
      body: { ids: [await lead()], action: 'set_status', status: 'contacted' },
    }),
  },
  'POST /api/deals/bulk/': {
    row: rule(STAFF, 'ok'),
    prepare: async () => ({
      url: '/api/deals/bulk/',
      body: { ids: [await deal()], action: 'assign', assigned_to: null },
    }),
  },
  'GET /api/customers/stats/': { row: rule(STAFF, 'ok'), prepare: same('/api/customers/stats/') },
  'GET /api/customers/:id/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/customers/${await customer()}/` }),
  },
  'PUT /api/customers/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/customers/${await customer()}/`, body: { name: 'Renamed' } }),
  },
  'PATCH /api/customers/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/customers/${await customer()}/`, body: { notes: 'x' } }),
  },
  'DELETE /api/customers/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/customers/${await customer()}/` }),
  },
  'GET /api/customers/:id/timeline/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/customers/${await customer()}/timeline/` }),
  },
  'POST /api/customers/:id/invite_to_portal/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `/api/customers/${await customer()}/invite_to_portal/` }),
  },
  'GET /api/leads/': { row: rule(STAFF, 'ok'), prepare: same('/api/leads/') },
  'POST /api/leads/': { row: rule(STAFF, 'ok'), prepare: same('/api/leads/', { company: 'Lead Co' }) },
  'GET /api/leads/:id/': { row: rule(STAFF, 404), prepare: async () => ({ url: `/api/leads/${await lead()}/` }) },
  'PUT /api/leads/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/leads/${await lead()}/`, body: { company: 'Renamed' } }),
  },
  'PATCH /api/leads/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/leads/${await lead()}/`, body: { notes: 'x' } }),
  },
  'DELETE /api/leads/:id/': { row: rule(MANAGERS, 404), prepare: async () => ({ url: `/api/leads/${await lead()}/` }) },
  'POST /api/leads/:id/qualify/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/leads/${await lead()}/qualify/` }),
  },
  'POST /api/leads/:id/disqualify/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/leads/${await lead()}/disqualify/` }),
  },
  'POST /api/leads/:id/convert/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/leads/${await lead()}/convert/` }),
  },
  'GET /api/leads/:id/timeline/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/leads/${await lead()}/timeline/` }),
  },
  'GET /api/deals/': { row: rule(STAFF, 'ok'), prepare: same('/api/deals/') },
  'POST /api/deals/': {
    row: rule(STAFF, 404, { outsider: 'pass' }),
    prepare: async () => ({
      url: '/api/deals/',
      body: {
        title: 'New',
        customer_id: await customer(),
        items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
      },
    }),
  },
  'GET /api/deals/:id/': { row: rule(STAFF, 404), prepare: async () => ({ url: `/api/deals/${await deal()}/` }) },
  'PUT /api/deals/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const id = await deal();
      const d = await asOwner('GET', `/api/deals/${id}/`);
      return { url: `/api/deals/${id}/`, body: { title: 'Renamed', customer_id: d.customer_id } };
    },
  },
  'PATCH /api/deals/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/deals/${await deal()}/`, body: { description: 'x' } }),
  },
  'DELETE /api/deals/:id/': { row: rule(MANAGERS, 404), prepare: async () => ({ url: `/api/deals/${await deal()}/` }) },
  'POST /api/deals/:id/move_stage/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const id = await deal();
      const d = await asOwner('GET', `/api/deals/${id}/`);
      const p = await asOwner('GET', `/api/pipelines/${d.pipeline_id}/`);
      return { url: `/api/deals/${id}/move_stage/`, body: { stage_id: p.stages[1].id } };
    },
  },
  'POST /api/deals/:id/mark_won/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/deals/${await deal()}/mark_won/` }),
  },
  'POST /api/deals/:id/mark_lost/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/deals/${await deal()}/mark_lost/` }),
  },
  'POST /api/deals/:id/reopen/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const id = await deal();
      await asOwner('POST', `/api/deals/${id}/mark_won/`);
      return { url: `/api/deals/${id}/reopen/` };
    },
  },
  'GET /api/deals/:id/stage_history/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/deals/${await deal()}/stage_history/` }),
  },
  'GET /api/deals/:id/timeline/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/deals/${await deal()}/timeline/` }),
  },
  'GET /api/activities/': { row: rule(STAFF, 'ok'), prepare: same('/api/activities/') },
  'POST /api/activities/': {
    row: rule(STAFF, 'pass'),
    prepare: async () => ({
      url: '/api/activities/',
      body: { type: 'note', subject: 'Hello', customer_id: await customer() },
    }),
  },
  'GET /api/activities/:id/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/activities/${await activity()}/` }),
  },
  'PUT /api/activities/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/activities/${await activity()}/`, body: { type: 'call', subject: 'Called' } }),
  },
  'PATCH /api/activities/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/activities/${await activity()}/`, body: { subject: 'Changed' } }),
  },
  'DELETE /api/activities/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/activities/${await activity()}/` }),
  },
  'POST /api/activities/:id/complete/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/activities/${await activity()}/complete/` }),
  },

  // Pipelines: staff read; Owner, Admin and Manager change
  'GET /api/pipelines/': { row: rule(STAFF, 'ok'), prepare: same('/api/pipelines/') },
  'POST /api/pipelines/': {
    row: rule(MANAGERS, 'ok', { employee: 403 }),
    prepare: async () => ({ url: '/api/pipelines/', body: { name: `P ${unique()}` } }),
  },
  'GET /api/pipelines/:id/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/pipelines/${(await pipeline()).id}/` }),
  },
  'PUT /api/pipelines/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/pipelines/${(await pipeline()).id}/`, body: { name: 'Renamed' } }),
  },
  'PATCH /api/pipelines/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/pipelines/${(await pipeline()).id}/`, body: { name: 'Renamed' } }),
  },
  'DELETE /api/pipelines/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/pipelines/${(await pipeline()).id}/` }),
  },
  'GET /api/pipelines/:id/board/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/pipelines/${(await pipeline()).id}/board/` }),
  },
  'GET /api/pipelines/:id/stages/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/pipelines/${(await pipeline()).id}/stages/` }),
  },
  'POST /api/pipelines/:id/stages/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({
      url: `/api/pipelines/${(await pipeline()).id}/stages/`,
      body: { name: 'Extra', probability: 30 },
    }),
  },
  'POST /api/pipelines/:id/stages/reorder/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const p = await pipeline();
      return {
        url: `/api/pipelines/${p.id}/stages/reorder/`,
        body: { stage_ids: p.stages.map((s) => s.id).reverse() },
      };
    },
  },
  'GET /api/pipelines/:id/stages/:stage_id/': {
    row: rule(STAFF, 404),
    prepare: async () => {
      const p = await pipeline();
      return { url: `/api/pipelines/${p.id}/stages/${p.stages[0]?.id}/` };
    },
  },
  'PATCH /api/pipelines/:id/stages/:stage_id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const p = await pipeline();
      return { url: `/api/pipelines/${p.id}/stages/${p.stages[0]?.id}/`, body: { name: 'Renamed' } };
    },
  },
  'DELETE /api/pipelines/:id/stages/:stage_id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const p = await pipeline();
      return { url: `/api/pipelines/${p.id}/stages/${p.stages[0]?.id}/` };
    },
  },

  // Employees: staff read; Owner and Admin change. Vendors: staff read; managers change.
  'GET /api/employees/': { row: rule(STAFF, 'ok'), prepare: same('/api/employees/') },
  'POST /api/employees/': {
    row: rule(ADMINS, 'ok'),
    prepare: same('/api/employees/', { first_name: 'New', last_name: 'Hire' }),
  },
  'GET /api/employees/me/': { row: rule(STAFF, 'ok', { client: 404 }), prepare: same('/api/employees/me/') },
  'GET /api/employees/:id/': {
    row: rule(STAFF, 404),
    prepare: async () => ({ url: `/api/employees/${await employee()}/` }),
  },
  'PUT /api/employees/:id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `/api/employees/${await employee()}/`, body: { first_name: 'A', last_name: 'B' } }),
  },
  'PATCH /api/employees/:id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `/api/employees/${await employee()}/`, body: { department: 'Ops' } }),
  },
  'DELETE /api/employees/:id/': {
    row: rule(ADMINS, 404),
    prepare: async () => ({ url: `/api/employees/${await employee()}/` }),
  },
  'GET /api/vendors/': { row: rule(STAFF, 'ok'), prepare: same('/api/vendors/') },
  'POST /api/vendors/': { row: rule(MANAGERS, 'ok'), prepare: same('/api/vendors/', { name: 'Supplier' }) },
  'GET /api/vendors/stats/': { row: rule(STAFF, 'ok'), prepare: same('/api/vendors/stats/') },
  'GET /api/vendors/:id/': { row: rule(STAFF, 404), prepare: async () => ({ url: `/api/vendors/${await vendor()}/` }) },
  'PUT /api/vendors/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/vendors/${await vendor()}/`, body: { name: 'Renamed' } }),
  },
  'PATCH /api/vendors/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/vendors/${await vendor()}/`, body: { rating: 4 } }),
  },
  'DELETE /api/vendors/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/vendors/${await vendor()}/` }),
  },

  // Orders and payments: staff read, managers change; a Client reads their customer's (fixtures are
  // another customer's: 404) and changes nothing.
  'GET /api/orders/': { row: rule(EVERYONE, 'ok'), prepare: same('/api/orders/') },
  'POST /api/orders/': {
    row: rule(MANAGERS, 404, { outsider: 'pass' }),
    prepare: async () => ({
      url: '/api/orders/',
      body: {
        title: 'New',
        customer_id: await customer(),
        items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
      },
    }),
  },
  'GET /api/orders/summary/': {
    row: rule(EVERYONE, 'pass', { client: 'ok' }),
    prepare: async () => ({ url: `/api/orders/summary/?customer=${await customer()}` }),
  },
  'GET /api/orders/:id/': {
    row: rule(STAFF, 404, { client: 404 }),
    prepare: async () => ({ url: `/api/orders/${await order()}/` }),
  },
  'PUT /api/orders/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const id = await order();
      return {
        url: `/api/orders/${id}/`,
        body: {
          title: 'Renamed',
          customer_id: (await asOwner('GET', `/api/orders/${id}/`)).customer_id,
          items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
        },
      };
    },
  },
  'PATCH /api/orders/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/orders/${await order()}/`, body: { status: 'pending' } }),
  },
  'DELETE /api/orders/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/orders/${await order()}/` }),
  },
  'GET /api/payments/': { row: rule(EVERYONE, 'ok'), prepare: same('/api/payments/') },
  'POST /api/payments/': {
    row: rule(MANAGERS, 404, { outsider: 'pass' }),
    prepare: async () => ({
      url: '/api/payments/',
      body: { customer_id: await customer(), amount: 1, payment_date: '2026-01-15' },
    }),
  },
  'GET /api/payments/:id/': {
    row: rule(STAFF, 404, { client: 404 }),
    prepare: async () => ({ url: `/api/payments/${await payment()}/` }),
  },
  'PUT /api/payments/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const id = await payment();
      return {
        url: `/api/payments/${id}/`,
        body: {
          customer_id: (await asOwner('GET', `/api/payments/${id}/`)).customer_id,
          amount: 6,
          payment_date: '2026-01-16',
        },
      };
    },
  },
  'PATCH /api/payments/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/payments/${await payment()}/`, body: { reference: 'R' } }),
  },
  'DELETE /api/payments/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/payments/${await payment()}/` }),
  },
  'POST /api/payments/:id/process/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/payments/${await payment()}/process/` }),
  },
  'POST /api/payments/:id/mark_failed/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/payments/${await payment()}/mark_failed/` }),
  },
  'POST /api/payments/:id/refund/': {
    row: rule(MANAGERS, 404),
    prepare: async () => {
      const id = await payment();
      await asOwner('POST', `/api/payments/${id}/process/`);
      return { url: `/api/payments/${id}/refund/` };
    },
  },
  'POST /api/payments/:id/cancel/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({ url: `/api/payments/${await payment()}/cancel/` }),
  },

  // Issues: staff read, raise, change and comment; Owner, Admin and Manager delete. The Client raises
  // one for their own customer (customer_id in the body is ignored) and gets 404 for the fixture
  // issues, which belong to another customer; they never change one (403).
  'GET /api/issues/': { row: rule(EVERYONE, 'ok'), prepare: same('/api/issues/') },
  'POST /api/issues/': {
    row: rule(EVERYONE, 'pass'),
    prepare: async () => ({
      url: '/api/issues/',
      body: { title: 'Matrix issue', description: 'Raised in the matrix', customer_id: await customer() },
    }),
  },
  'GET /api/issues/:id/': {
    row: rule(STAFF, 404, { client: 404 }),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/`,
    }),
  },
  'PUT /api/issues/:id/': {
    row: rule(STAFF, 404),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/`,
      body: { title: 'Renamed', description: 'Changed' },
    }),
  },
  'PATCH /api/issues/:id/': {
    row: rule(STAFF, 404),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/`,
      body: { status: 'in_progress' },
    }),
  },
  'DELETE /api/issues/:id/': {
    row: rule(MANAGERS, 404),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/`,
    }),
  },
  'POST /api/issues/:id/resolve/': {
    row: rule(STAFF, 404),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/resolve/`,
    }),
  },
  'POST /api/issues/:id/reopen/': {
    row: rule(STAFF, 404),
    prepare: async () => {
      const id = (
        await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })
      ).id as number;
      await asOwner('POST', `/api/issues/${id}/resolve/`);
      return { url: `/api/issues/${id}/reopen/` };
    },
  },
  'GET /api/issues/:id/comments/': {
    row: rule(STAFF, 404, { client: 404 }),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/comments/`,
    }),
  },
  'POST /api/issues/:id/comments/': {
    row: rule(STAFF, 404, { client: 404 }),
    prepare: async () => ({
      url: `/api/issues/${(await asOwner('POST', '/api/issues/', { title: 'M', description: 'M', customer_id: await customer() })).id}/comments/`,
      body: { body: 'Matrix comment' },
    }),
  },

  // Analytics: the dashboard and one's own performance for all staff; the team's figures for managers.
  'GET /api/analytics/dashboard/': { row: rule(STAFF, 'ok'), prepare: same('/api/analytics/dashboard/') },
  'GET /api/analytics/employee_performance/': {
    row: rule(STAFF, 'ok'),
    prepare: same('/api/analytics/employee_performance/'),
  },
  'GET /api/analytics/sales_funnel/': { row: rule(MANAGERS, 'ok'), prepare: same('/api/analytics/sales_funnel/') },
  'GET /api/analytics/revenue_by_period/': {
    row: rule(MANAGERS, 'ok'),
    prepare: same('/api/analytics/revenue_by_period/?period=week'),
  },
  'GET /api/analytics/forecast/': { row: rule(MANAGERS, 'ok'), prepare: same('/api/analytics/forecast/') },

  // Export: every staff role, of what they can see.
  'GET /api/customers/export/': { row: rule(STAFF, 'ok'), prepare: same('/api/customers/export/') },
  'GET /api/leads/export/': { row: rule(STAFF, 'ok'), prepare: same('/api/leads/export/') },
  'GET /api/deals/export/': { row: rule(STAFF, 'ok'), prepare: same('/api/deals/export/') },
  'GET /api/orders/export/': { row: rule(STAFF, 'ok'), prepare: same('/api/orders/export/') },
  'GET /api/vendors/export/': { row: rule(STAFF, 'ok'), prepare: same('/api/vendors/export/') },
  'GET /api/employees/export/': { row: rule(STAFF, 'ok'), prepare: same('/api/employees/export/') },

  // Audit log: Owner and Admin (the outsider reads their own organization's)
  'GET /api/audit-logs/': { row: rule(ADMINS, 'ok'), prepare: same('/api/audit-logs/') },
};

async function becomeClient(): Promise<string> {
  const customerId = await customer();
  const invitation = await asOwner('POST', `/api/customers/${customerId}/invite_to_portal/`, {
    email: `client${unique()}@example.com`,
  });
  const token = String(invitation.accept_url).split('/').filter(Boolean).at(-1);
  const accepted = await t.app.inject({
    method: 'POST',
    url: `/api/invitations/${token}/accept/`,
    payload: { username: `client${seq}x${process.pid}`, password: 'Client-password-42' },
  });
  if (accepted.statusCode !== 200 && accepted.statusCode !== 201)
    throw new Error(`client accept: ${accepted.statusCode} ${accepted.body}`);
  return accepted.json().token as string;
}

beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
  for (const role of ['owner', 'admin', 'manager', 'employee', 'outsider'] as const) tokens[role] = team[role].token;
  tokens.client = await becomeClient();
}, 120_000);
afterAll(() => t.close());

function matches(expect: Expect, status: number): boolean {
  if (expect === 'ok') return status >= 200 && status < 300;
  if (expect === 'pass') return ![401, 403, 404].includes(status) && status < 500;
  return status === expect;
}

describe('route × role matrix', () => {
  it('has a row for every route of the app, and no row for a route that does not exist', () => {
    const routes = t.app.apiRoutes().map((r) => `${r.method} ${r.url}`);
    expect(
      routes.filter((r) => !(r in CASES)),
      'routes without a row',
    ).toEqual([]);
    expect(
      Object.keys(CASES).filter((k) => !routes.includes(k)),
      'rows without a route',
    ).toEqual([]);
  });

  it('answers every caller as the table says', async () => {
    const mismatches: string[] = [];
    for (const [key, testCase] of Object.entries(CASES)) {
      const [method] = key.split(' ') as ['GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE'];
      for (const actor of ACTORS) {
        const request = await testCase.prepare(actor);
        // Logout ends the session it is called with: give it one of its own.
        const token =
          actor === 'anonymous'
            ? null
            : key === 'POST /api/auth/logout/'
              ? await issueToken(t.db.kysely, await userIdOf(actor))
              : tokens[actor];
        const org =
          actor === 'anonymous' || actor === 'outsider'
            ? undefined
            : actor === 'client'
              ? undefined
              : team.organizationId;
        const res = await call(t.app, token, {
          method,
          url: request.url,
          org,
          ...(request.body ? { payload: request.body } : {}),
        });
        if (!matches(testCase.row[actor], res.statusCode)) {
          mismatches.push(
            `${key} as ${actor}: expected ${testCase.row[actor]}, got ${res.statusCode} ${res.body.slice(0, 120)}`,
          );
        }
      }
    }
    expect(mismatches).toEqual([]);
  }, 180_000);
});

const userIds = new Map<string, number>();
async function userIdOf(actor: Exclude<Actor, 'anonymous'>): Promise<number> {
  if (!userIds.has(actor)) {
    const me = await call(t.app, tokens[actor], { method: 'GET', url: '/api/users/me/' });
    userIds.set(actor, me.json().id as number);
  }
  return userIds.get(actor) as number;
}
