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

describe('leads and vendors export (PRODUCT §6)', () => {
  const exportFrom = async (token: string, resource: string, query = '') => {
    const res = await call(t.app, token, {
      method: 'GET',
      url: `/api/${resource}/export/${query}`,
      org: team.organizationId,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toMatch(new RegExp(`filename="${resource}-\\d{4}-\\d\\d-\\d\\d\\.csv"`));
    const rows = parse<Record<string, string>>(res.body, { bom: true, columns: true });
    return { header: Object.keys(rows[0] ?? {}), rows };
  };
  const create = async (token: string, resource: string, payload: object) => {
    const res = await call(t.app, token, {
      method: 'POST',
      url: `/api/${resource}/`,
      org: team.organizationId,
      payload,
    });
    expect(res.statusCode, res.body).toBe(201);
  };

  it("leads: the list's filters and the caller's visibility, money as the API shows it, the assignee's email", async () => {
    await call(t.app, team.owner.token, {
      method: 'PATCH',
      url: `/api/organizations/${team.organizationId}/`,
      payload: { record_visibility: { employee: 'own' } },
    });
    await create(team.owner.token, 'leads', {
      first_name: '=cmd',
      last_name: 'Lead',
      phone: '+44 20 7946 0958',
      source: 'website',
      estimated_value: '1200.5',
      assigned_to: team.manager.employeeId,
      tags: ['hot'],
      custom_fields: { budget: 10 },
    });
    await create(team.owner.token, 'leads', { company: 'Referred Co', source: 'referral' });
    await create(team.employee.token, 'leads', { company: 'Employee own lead', source: 'website' });

    const { header, rows } = await exportFrom(team.owner.token, 'leads', '?source=website&ordering=-score');
    expect(header.slice(0, 3)).toEqual(['code', 'external_id', 'first_name']);
    expect(header).toContain('cf.budget');
    expect(rows.map((row) => row.company || row.last_name)).toEqual(['Lead', 'Employee own lead']);
    expect(rows[0]).toMatchObject({
      code: expect.stringMatching(/^LEAD-/),
      first_name: "'=cmd",
      phone: '+44 20 7946 0958',
      estimated_value: '1200.50',
      assigned_to: team.manager.user.email,
      tags: 'hot',
      'cf.budget': '10',
    });
    const own = await exportFrom(team.employee.token, 'leads');
    expect(own.rows.map((row) => row.company)).toEqual(['Employee own lead']);
  });

  it('vendors: filtered, formulas escaped but phone numbers kept, for an Employee too', async () => {
    await create(team.owner.token, 'vendors', {
      name: '+SUM(A1)',
      phone: '-1 (555) 010-0199',
      vendor_type: 'supplier',
      rating: 4,
      tags: ['paper', 'local'],
    });
    await create(team.owner.token, 'vendors', { name: 'Dormant supplier', status: 'inactive' });
    const { rows } = await exportFrom(team.employee.token, 'vendors', '?status=active');
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      code: expect.stringMatching(/^VEND-/),
      name: "'+SUM(A1)",
      phone: '-1 (555) 010-0199',
      vendor_type: 'supplier',
      rating: '4',
      tags: 'paper;local',
    });
    expect((await call(t.app, team.outsider.token, { method: 'GET', url: '/api/vendors/export/' })).statusCode).toBe(
      200,
    );
  });

  it("employees: the list's filters, the manager by email, no custom-field columns", async () => {
    const created = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/employees/',
      org: team.organizationId,
      payload: {
        first_name: '@Ada',
        last_name: 'Export',
        email: 'ada.export@example.com',
        department: 'Field',
        manager_id: team.manager.employeeId,
      },
    });
    expect(created.statusCode, created.body).toBe(201);
    const { header, rows } = await exportFrom(team.employee.token, 'employees', '?department=field');
    expect(header).toEqual([
      'external_id',
      'first_name',
      'last_name',
      'email',
      'phone',
      'department',
      'position',
      'hire_date',
      'manager',
      'status',
    ]);
    expect(rows).toEqual([
      expect.objectContaining({
        first_name: "'@Ada",
        email: 'ada.export@example.com',
        manager: team.manager.user.email,
        status: 'active',
      }),
    ]);
  });

  it('deals: the customer by code, pipeline and stage by name, closed_at and the lost reason', async () => {
    const customer = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/customers/',
      org: team.organizationId,
      payload: { name: 'Deal export customer' },
    });
    const { id: customerId, code: customerCode } = customer.json<{ id: number; code: string }>();
    const deal = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/deals/',
      org: team.organizationId,
      payload: {
        title: '=Lost deal',
        customer_id: customerId,
        value: '2500',
        tags: ['q4'],
        custom_fields: { seats: 3 },
      },
    });
    expect(deal.statusCode, deal.body).toBe(201);
    const lost = await call(t.app, team.owner.token, {
      method: 'POST',
      url: `/api/deals/${String(deal.json<{ id: number }>().id)}/mark_lost/`,
      org: team.organizationId,
      payload: { lost_reason: 'Went with a competitor' },
    });
    expect(lost.statusCode, lost.body).toBe(200);
    const {
      closed_at: closedAt,
      stage_name: stageName,
      pipeline_name: pipelineName,
    } = lost.json<{
      closed_at: string;
      stage_name: string;
      pipeline_name: string;
    }>();

    const { header, rows } = await exportFrom(team.owner.token, 'deals', `?customer=${String(customerId)}`);
    expect(header).toContain('cf.seats');
    expect(rows).toEqual([
      expect.objectContaining({
        code: expect.stringMatching(/^DEAL-/),
        title: "'=Lost deal",
        customer: customerCode,
        value: '2500.00',
        pipeline: pipelineName,
        stage: stageName,
        closed_at: closedAt,
        lost_reason: 'Went with a competitor',
        tags: 'q4',
        'cf.seats': '3',
      }),
    ]);
  });

  it("orders: one row per item sharing the order's ref, the customer by code, money as the API shows it", async () => {
    const customer = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/customers/',
      org: team.organizationId,
      payload: { name: 'Order export customer' },
    });
    const { id: customerId, code: customerCode } = customer.json<{ id: number; code: string }>();
    const order = await call(t.app, team.owner.token, {
      method: 'POST',
      url: '/api/orders/',
      org: team.organizationId,
      payload: {
        customer_id: customerId,
        title: 'Spring restock',
        tax_amount: '12.5',
        items: [
          { product_name: '=Paper', sku: 'P-1', quantity: 10, unit_price: '4.25' },
          { product_name: 'Toner', quantity: 2, unit_price: '80' },
        ],
      },
    });
    expect(order.statusCode, order.body).toBe(201);
    const { code } = order.json<{ code: string }>();

    const { header, rows } = await exportFrom(team.owner.token, 'orders', `?customer=${String(customerId)}`);
    expect(header.slice(0, 3)).toEqual(['order_ref', 'external_id', 'customer']);
    expect(rows).toEqual([
      expect.objectContaining({
        order_ref: code,
        customer: customerCode,
        title: 'Spring restock',
        tax_amount: '12.50',
        product_name: "'=Paper",
        sku: 'P-1',
        quantity: '10',
        unit_price: '4.25',
      }),
      expect.objectContaining({ order_ref: code, product_name: 'Toner', quantity: '2', unit_price: '80.00' }),
    ]);
  });
});
