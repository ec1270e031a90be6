import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { createTeam, type Team } from '../test/factories.js';

/**
 * What an attack from outside found (issue "Contracts that hold"): each rule of PRODUCT §4 and §6
 * it broke, on both databases.
 */
let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

/** A payload that is a string is sent as written: JSON too deep for the test's own stringify. */
const as = (token: string, method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: object | string) =>
  call(t.app, token, {
    method,
    url,
    org: team.organizationId,
    ...(payload === undefined ? {} : { payload }),
    ...(typeof payload === 'string' ? { headers: { 'content-type': 'application/json' } } : {}),
  });
/** `body` with `custom_fields` spliced in as raw JSON text. */
const withRawCustomFields = (body: object, customFields: string) =>
  JSON.stringify({ ...body, custom_fields: 0 }).replace(/0}$/, `${customFields}}`);
const owner = () => team.owner.token;

/** `{"a":{"a":…1}}` with `levels` objects, custom_fields itself counting as the first. */
const nested = (levels: number): Record<string, unknown> => {
  let value: unknown = 1;
  for (let i = 1; i < levels; i++) value = { a: value };
  return { a: value };
};
const nestedText = (levels: number) => `${'{"a":'.repeat(levels)}1${'}'.repeat(levels)}`;

const WITH_CUSTOM_FIELDS = [
  { path: '/api/customers/', body: { name: 'Limits Co' } },
  { path: '/api/leads/', body: { company: 'Limits Lead' } },
  { path: '/api/vendors/', body: { name: 'Limits Vendor' } },
  { path: '/api/deals/', body: { title: 'Limits deal' } },
] as const;

async function bodyFor(entry: (typeof WITH_CUSTOM_FIELDS)[number]): Promise<Record<string, unknown>> {
  if (entry.path !== '/api/deals/') return { ...entry.body };
  const customer = await as(owner(), 'POST', '/api/customers/', { name: 'Deal holder' });
  return { ...entry.body, customer_id: customer.json().id };
}

async function tableCount(table: 'customers' | 'leads' | 'vendors' | 'deals'): Promise<number> {
  const row = await t.db.kysely
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('organization_id', '=', team.organizationId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('custom_fields limits (PRODUCT §4)', () => {
  it('accepts three levels and refuses a fourth, too many keys, long keys and more than 16 KB, on create, PUT and PATCH', async () => {
    const tooBig = { notes: 'x'.repeat(16_400) };
    const tooManyKeys = Object.fromEntries(Array.from({ length: 101 }, (_, i) => [`k${i}`, i]));
    const longKey = { ['k'.repeat(101)]: 1 };
    for (const entry of WITH_CUSTOM_FIELDS) {
      const body = await bodyFor(entry);
      const created = await as(owner(), 'POST', entry.path, { ...body, custom_fields: nested(3) });
      expect(created.statusCode, entry.path).toBe(201);
      expect(created.json().custom_fields).toEqual({ a: { a: { a: 1 } } });
      const table = entry.path.split('/')[2] as 'customers';
      const before = await tableCount(table);
      for (const bad of [
        nested(4),
        { a: [[[1]]] },
        { b: { c: [{}] } },
        tooBig,
        tooManyKeys,
        longKey,
        nestedText(5000),
      ]) {
        const send = (payload: object) =>
          typeof bad === 'string' ? withRawCustomFields(payload, bad) : { ...payload, custom_fields: bad };
        const refused = await as(owner(), 'POST', entry.path, send(body));
        expect(refused.statusCode, entry.path).toBe(400);
        expect(refused.json().errors).toHaveProperty('custom_fields');
        const detail = `${entry.path}${created.json().id}/`;
        const patched = await as(owner(), 'PATCH', detail, send({}));
        expect(patched.statusCode).toBe(400);
        expect(patched.json().errors).toHaveProperty('custom_fields');
        expect((await as(owner(), 'PUT', detail, send(body))).statusCode).toBe(400);
      }
      expect(await tableCount(table)).toBe(before);
      expect((await as(owner(), 'GET', `${entry.path}${created.json().id}/`)).json().custom_fields).toEqual({
        a: { a: { a: 1 } },
      });
    }
  });

  it('reads rows stored before the limits (10,000 levels deep) in lists, details, timelines and the audit log', async () => {
    const customer = (await as(team.employee.token, 'POST', '/api/customers/', { name: 'Legacy deep' })).json();
    const deep = nestedText(10_000);
    await t.db.kysely.updateTable('customers').set({ custom_fields: deep }).where('id', '=', customer.id).execute();
    await t.db.kysely
      .insertInto('audit_logs')
      .values({
        organization_id: team.organizationId,
        user_id: team.employee.user.id,
        action: 'update',
        resource_type: 'customer',
        resource_id: customer.id,
        changes: `{"custom_fields":{"old":null,"new":${deep}}}`,
        ip: null,
        created_at: new Date().toISOString(),
      })
      .execute();
    const clamped = { a: { a: { a: null } } };
    const list = await as(owner(), 'GET', '/api/customers/?search=legacy');
    expect(list.statusCode).toBe(200);
    expect(list.json().results[0].custom_fields).toEqual(clamped);
    expect((await as(owner(), 'GET', `/api/customers/${customer.id}/`)).json().custom_fields).toEqual(clamped);
    const timeline = await as(owner(), 'GET', `/api/customers/${customer.id}/timeline/`);
    expect(timeline.statusCode).toBe(200);
    const audit = await as(owner(), 'GET', '/api/audit-logs/');
    expect(audit.statusCode).toBe(200);
    const entry = audit
      .json()
      .results.find((r: { changes: unknown }) =>
        JSON.stringify(r.changes).startsWith('{"custom_fields":{"old":null,"new":{"a"'),
      );
    expect(entry.changes.custom_fields.new).toEqual({ a: { a: { a: null } } });
    // Editing another field of such a row works, and leaves the stored value alone.
    expect((await as(owner(), 'PATCH', `/api/customers/${customer.id}/`, { notes: 'still here' })).statusCode).toBe(
      200,
    );
  });
});

describe('no answer fails after its transaction committed', () => {
  /** A trigger corrupts the row the write just made, so its answer cannot match the contract. */
  async function corruptOnWrite(table: 'customers' | 'leads' | 'vendors', marker: string) {
    const name = `corrupt_${table}`;
    const column = table === 'leads' ? 'company' : 'name';
    if (t.db.dialect === 'sqlite') {
      for (const event of ['insert', 'update']) {
        await sql
          .raw(
            `create trigger ${name}_${event} after ${event} on ${table} when new.${column} = '${marker}' and new.status <> 'corrupt' begin update ${table} set status = 'corrupt' where id = new.id; end`,
          )
          .execute(t.db.kysely);
      }
      return;
    }
    await sql
      .raw(
        `create function ${name}() returns trigger as $$ begin update ${table} set status = 'corrupt' where id = new.id; return null; end $$ language plpgsql`,
      )
      .execute(t.db.kysely);
    await sql
      .raw(
        `create trigger ${name} after insert or update on ${table} for each row when (new.${column} = '${marker}' and new.status <> 'corrupt') execute function ${name}()`,
      )
      .execute(t.db.kysely);
  }

  it('a create or update whose answer fails validation answers 500 and writes nothing', async () => {
    for (const [table, path, field] of [
      ['customers', '/api/customers/', 'name'],
      ['leads', '/api/leads/', 'company'],
      ['vendors', '/api/vendors/', 'name'],
    ] as const) {
      const marker = `force-failure-${table}`;
      await corruptOnWrite(table, marker);
      const before = await tableCount(table);
      const created = await as(owner(), 'POST', path, { [field]: marker });
      expect(created.statusCode, path).toBe(500);
      expect(await tableCount(table), `${path}: the failed create left a row`).toBe(before);

      const record = (await as(owner(), 'POST', path, { [field]: `innocent ${table}` })).json();
      const updated = await as(owner(), 'PATCH', `${path}${record.id}/`, { [field]: marker });
      expect(updated.statusCode, path).toBe(500);
      const reread = await as(owner(), 'GET', `${path}${record.id}/`);
      expect(reread.json()[field], `${path}: the failed update was kept`).toBe(`innocent ${table}`);
    }
  });
});

describe('query parameters (PRODUCT §6)', () => {
  it('a page past the end is 404 however large, on lists and on the board', async () => {
    const pipeline = (await as(owner(), 'GET', '/api/pipelines/')).json().results[0];
    for (const page of [
      '1e300',
      '99999999999999999999',
      '2147483648',
      '9007199254740993',
      '-1',
      '0',
      '1.5',
      '0x10',
      'abc',
    ]) {
      for (const url of ['/api/customers/', '/api/leads/', '/api/deals/', `/api/pipelines/${pipeline.id}/board/`]) {
        const res = await as(owner(), 'GET', `${url}?page=${page}`);
        expect(res.statusCode, `${url}?page=${page}`).toBe(404);
        expect(res.json()).toMatchObject({ error: true, code: 'not_found' });
      }
    }
    expect((await as(owner(), 'GET', `/api/pipelines/${pipeline.id}/board/?page=2`)).statusCode).toBe(404);
    expect((await as(owner(), 'GET', '/api/customers/?page=1')).statusCode).toBe(200);
  });

  it('impossible calendar dates are 400', async () => {
    for (const date of ['2024-13-01', '2024-02-30', '2023-02-29', '0000-00-00', '9999-99-99', '2024-04-31']) {
      for (const name of ['created_before', 'created_after']) {
        const res = await as(owner(), 'GET', `/api/customers/?${name}=${date}`);
        expect(res.statusCode, `${name}=${date}`).toBe(400);
        expect(res.json().errors).toHaveProperty(name);
      }
    }
    expect((await as(owner(), 'GET', '/api/customers/?created_after=2024-02-29')).statusCode).toBe(200);
  });

  it('control characters in any query parameter are 400, never a full-text error or a match on every row', async () => {
    await as(owner(), 'POST', '/api/customers/', { name: 'Findable Person' });
    for (const search of ['%00', 'a%00', '%00ab', 'fin%00dable', 'a%0Ab', '%7F', 'x%09y']) {
      for (const url of ['/api/customers/', '/api/leads/', '/api/deals/', '/api/vendors/', '/api/employees/']) {
        const res = await as(owner(), 'GET', `${url}?search=${search}`);
        expect(res.statusCode, `${url}?search=${search}`).toBe(400);
        expect(res.json().errors).toHaveProperty('search');
      }
    }
    expect((await as(owner(), 'GET', '/api/customers/?status=act%00ive')).statusCode).toBe(400);
    // PostgreSQL cannot store a NUL in text: refused in any body, on both databases alike.
    const nul = await as(owner(), 'POST', '/api/customers/', '{"name":"Nul","notes":"a\\u0000b"}');
    expect(nul.statusCode).toBe(400);
    expect(
      (await as(owner(), 'POST', '/api/customers/', '{"name":"Backslash","notes":"a\\\\u0000b"}')).json().notes,
    ).toBe('a\\u0000b');
  });
});

describe('websites (PRODUCT §4)', () => {
  it('accept http(s) only, and store a bare domain as https', async () => {
    const org = `/api/organizations/${team.organizationId}/`;
    for (const [path, body] of [
      ['/api/customers/', { name: 'Web Co' }],
      ['/api/vendors/', { name: 'Web Vendor' }],
    ] as const) {
      for (const bad of [
        'javascript:alert(1)',
        'JavaScript:alert(document.cookie)',
        'data:text/html,<script>x</script>',
        'vbscript:msgbox',
        'http:evil',
        'ftp://example.com',
        'https://exa mple.com',
      ]) {
        const res = await as(owner(), 'POST', path, { ...body, website: bad });
        expect(res.statusCode, `${path} ${bad}`).toBe(400);
        expect(res.json().errors).toHaveProperty('website');
      }
      expect((await as(owner(), 'POST', path, { ...body, website: 'example.com' })).json().website).toBe(
        'https://example.com',
      );
      expect((await as(owner(), 'POST', path, { ...body, website: 'http://example.com:8080/x' })).json().website).toBe(
        'http://example.com:8080/x',
      );
      expect((await as(owner(), 'POST', path, { ...body, website: 'example.com:8080' })).json().website).toBe(
        'https://example.com:8080',
      );
    }
    expect((await as(owner(), 'PATCH', org, { website: 'javascript:alert(1)' })).statusCode).toBe(400);
    expect((await as(owner(), 'PATCH', org, { website: 'acme.example' })).json().website).toBe('https://acme.example');
  });
});

describe('static files', () => {
  it('a refused path traversal is 404 not_found, never 403 validation_error', async () => {
    const root = mkdtempSync(join(tmpdir(), 'crm-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>CRM</title>');
    writeFileSync(join(root, 'assets', 'app.js'), 'console.log(1)');
    const web = await createTestApp({ webDist: root });
    try {
      for (const url of [
        '/..%2f..%2fetc%2fpasswd',
        '/assets/..%2f..%2f..%2fetc%2fpasswd',
        '/assets/%2e%2e%2f%2e%2e%2fpackage.json',
      ]) {
        const res = await web.app.inject({ url });
        expect(res.statusCode, url).toBe(404);
        expect(res.json()).toMatchObject({ error: true, code: 'not_found' });
      }
      expect((await web.app.inject({ url: '/assets/app.js' })).statusCode).toBe(200);
    } finally {
      await web.close();
    }
  });
});
