import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, testConfig, type TestApp } from '../../test/test-app.js';
import { resetDemoPasswords, seedDemoData, wantsDemoData } from './demo.service.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe('demo data', () => {
  it('creates one organization with a user per staff role and a portal client, whose passwords log in; only once', async () => {
    const credentials = await seedDemoData({ db: t.db, config: t.config });
    expect(credentials?.map((c) => c.role)).toEqual(['owner', 'admin', 'manager', 'employee', 'client']);
    for (const c of credentials ?? []) {
      const res = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login/',
        payload: { username: c.username, password: c.password },
      });
      expect(res.statusCode).toBe(200);
      expect(res.json().user.memberships).toEqual([
        expect.objectContaining({ organization: expect.objectContaining({ name: 'Demo Company' }), role: c.role }),
      ]);
    }
    const employees = await t.db.kysely.selectFrom('employees').select('user_id').execute();
    expect(employees).toHaveLength(4);
    const owner = credentials?.[0];
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login/',
      payload: { username: owner?.username, password: owner?.password },
    });
    const token = login.json().token as string;
    const signIn = (username: string, password: string) =>
      t.app.inject({ method: 'POST', url: '/api/auth/login/', payload: { username, password } });
    const get = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Token ${token}` } }).then((r) => r.json());
    expect((await get('/api/customers/')).count).toBe(6);
    expect((await get('/api/leads/')).count).toBe(5);
    const deals = await get('/api/deals/');
    expect(deals.count).toBe(10);
    expect(deals.results.filter((d: { is_won: boolean }) => d.is_won)).toHaveLength(1);
    expect(deals.results.filter((d: { is_lost: boolean }) => d.is_lost)).toHaveLength(1);
    expect((await get('/api/activities/')).count).toBe(3);
    // Client mode has something to show: an order under way, partly paid, and an issue about it.
    const orders = await get('/api/orders/');
    expect(orders.results).toEqual([
      expect.objectContaining({
        status: 'confirmed',
        total_amount: '825.00',
        amount_paid: '400.00',
        balance_due: '425.00',
      }),
    ]);
    expect((await get('/api/issues/')).count).toBe(1);
    // The client is Northwind's portal login: its own order, nothing of the CRM.
    const client = credentials?.at(-1);
    const clientToken = (await signIn(client?.username ?? '', client?.password ?? '')).json().token as string;
    const asClient = (url: string) =>
      t.app.inject({ method: 'GET', url, headers: { authorization: `Token ${clientToken}` } });
    expect((await asClient('/api/orders/')).json().results).toEqual([
      expect.objectContaining({ customer_name: 'Northwind Traders', balance_due: '425.00' }),
    ]);
    expect((await asClient('/api/customers/')).statusCode).toBe(403);
    expect(await seedDemoData({ db: t.db, config: t.config })).toBeNull();
    expect((await get('/api/customers/')).count).toBe(6);

    // Lost passwords: new ones log in, the old ones and every session stop working.
    const fresh = await resetDemoPasswords({ db: t.db });
    expect(fresh.map((c) => c.role)).toEqual(['owner', 'admin', 'manager', 'employee', 'client']);
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/users/me/', headers: { authorization: `Token ${token}` } }))
        .statusCode,
    ).toBe(401);
    expect((await signIn(owner?.username ?? '', owner?.password ?? '')).statusCode).toBe(400);
    for (const c of fresh) expect((await signIn(c.username, c.password)).statusCode).toBe(200);
  });

  it('appears on a zero-configuration start, never on PostgreSQL unless DEMO_DATA=on', () => {
    expect(wantsDemoData(testConfig({ demoData: 'auto', isDatabaseUrlDefault: true }))).toBe(true);
    expect(wantsDemoData(testConfig({ demoData: 'off', isDatabaseUrlDefault: true }))).toBe(false);
    expect(wantsDemoData(testConfig({ demoData: 'auto', isDatabaseUrlDefault: false }))).toBe(false);
    expect(wantsDemoData(testConfig({ demoData: 'on', isDatabaseUrlDefault: false }))).toBe(true);
  });
});
