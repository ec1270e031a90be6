import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { createTeam, type Team } from '../../test/factories.js';
import { decodeCustomValue, decodeTags, unescapeFormula } from '../../core/csv.js';

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const exportOf = async (token: string, query = '') => {
  const res = await call(t.app, token, {
    method: 'GET',
    url: `/api/customers/export/${query}`,
    org: team.organizationId,
  });
  expect(res.statusCode).toBe(200);
  return parse<Record<string, string>>(res.body, { bom: true, columns: true });
};

describe('customers export (PRODUCT §6)', () => {
  it('writes every column, escapes formulas but not phone numbers, and reads back to the same values', async () => {
    const post = (payload: object) =>
      call(t.app, team.owner.token, { method: 'POST', url: '/api/customers/', org: team.organizationId, payload });
    await post({
      name: '=HYPERLINK("http://evil")',
      phone: '+44 20 7946 0958',
      notes: '-2+3',
      tags: ['gold', 'north'],
      custom_fields: { seats: 5, label: '5', nested: { a: [1] }, plain: 'text' },
      assigned_to: team.manager.employeeId,
    });
    await post({ name: 'Quotes "and", commas\nand a newline', phone: '-1 (555) 010-0199', industry: '@risk' });
    const res = await call(t.app, team.owner.token, {
      method: 'GET',
      url: '/api/customers/export/',
      org: team.organizationId,
    });
    expect(res.headers['content-type']).toContain('text/csv');
    expect(res.headers['content-disposition']).toMatch(/attachment; filename="customers-\d{4}-\d\d-\d\d\.csv"/);
    const rows = parse<Record<string, string>>(res.body, { bom: true, columns: true });
    const [formula, quoted] = rows;
    expect(formula).toMatchObject({
      code: expect.stringMatching(/^CUST-/),
      name: `'=HYPERLINK("http://evil")`,
      phone: '+44 20 7946 0958',
      notes: "'-2+3",
      assigned_to: team.manager.user.email,
      tags: 'gold;north',
    });
    expect(quoted).toMatchObject({
      name: 'Quotes "and", commas\nand a newline',
      phone: '-1 (555) 010-0199',
      industry: "'@risk",
    });
    expect(unescapeFormula(formula?.name ?? '')).toBe('=HYPERLINK("http://evil")');
    expect(decodeTags(formula?.tags ?? '')).toEqual(['gold', 'north']);
    const custom = Object.fromEntries(
      Object.entries(formula ?? {})
        .filter(([k]) => k.startsWith('cf.'))
        .map(([k, v]) => [k.slice(3), decodeCustomValue(v)]),
    );
    expect(custom).toEqual({ seats: 5, label: '5', nested: { a: [1] }, plain: 'text' });
    expect(quoted?.['cf.seats']).toBe('');
  });

  it("applies the list filters and the caller's visibility, and audits the export", async () => {
    const mine = await call(t.app, team.employee.token, {
      method: 'POST',
      url: '/api/customers/',
      org: team.organizationId,
      payload: { name: 'Employee own', status: 'vip' },
    });
    expect(mine.statusCode).toBe(201);
    expect((await exportOf(team.owner.token, '?status=vip')).map((r) => r.name)).toEqual(['Employee own']);
    await call(t.app, team.owner.token, {
      method: 'PATCH',
      url: `/api/organizations/${team.organizationId}/`,
      payload: { record_visibility: { employee: 'own' } },
    });
    expect((await exportOf(team.employee.token)).map((r) => r.name)).toEqual(['Employee own']);
    const audit = await t.db.kysely
      .selectFrom('audit_logs')
      .selectAll()
      .where('organization_id', '=', team.organizationId)
      .where('action', '=', 'export')
      .execute();
    expect(audit.length).toBeGreaterThanOrEqual(3);
    expect(audit.map((row) => JSON.parse(row.changes ?? '{}'))).toContainEqual({
      filters: { old: null, new: { status: 'vip' } },
    });
    expect((await call(t.app, team.outsider.token, { method: 'GET', url: '/api/customers/export/' })).statusCode).toBe(
      200,
    );
  });
});
