import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { call, createTestApp, type TestApp } from '../../test/test-app.js';
import { createPortalClient, createTeam, type Team, teamRequests, type Method } from '../../test/factories.js';

let t: TestApp;
let team: Team;
beforeAll(async () => {
  t = await createTestApp();
  team = await createTeam(t.app, t.db);
});
afterAll(() => t.close());

const { as, ok } = teamRequests(
  () => t.app,
  () => team,
);
let sequence = 0;
const newCustomer = async () =>
  (
    await ok(team.owner, 'POST', '/api/customers/', {
      name: `Buyer ${++sequence}`,
      email: `buyer${sequence}-${process.pid}@example.com`,
    })
  ).id as number;
const ITEMS = [
  { product_name: 'Widget', sku: 'W-1', quantity: 3, unit_price: '19.99' },
  { product_name: 'Service', quantity: 1, unit_price: 100 },
];

describe('orders', () => {
  it("creates a draft with exact totals, a code and today in the organization's zone; reads it back", async () => {
    const customer = await newCustomer();
    const order = await ok(team.manager, 'POST', '/api/orders/', {
      title: 'First order',
      customer_id: customer,
      items: ITEMS,
      tax_amount: '10.03',
      discount_amount: 5,
    });
    expect(order).toMatchObject({
      code: expect.stringMatching(/^ORD-\d{3,}$/),
      status: 'draft',
      customer_id: customer,
      items: [
        { product_name: 'Widget', sku: 'W-1', quantity: 3, unit_price: '19.99', total: '59.97' },
        { product_name: 'Service', sku: null, quantity: 1, unit_price: '100.00', total: '100.00' },
      ],
      subtotal: '159.97',
      tax_amount: '10.03',
      discount_amount: '5.00',
      total_amount: '165.00',
      amount_paid: '0.00',
      balance_due: '165.00',
      vendor_id: null,
      order_date: expect.stringMatching(/^\d{4}-\d\d-\d\d$/),
      permissions: { update: true, delete: true },
    });
    expect(await ok(team.employee, 'GET', `/api/orders/${order.id}/`)).toEqual({
      ...order,
      permissions: { update: false, delete: false },
    });
    const list = await ok<{ results: { id: number; items: unknown[] }[] }>(
      team.employee,
      'GET',
      `/api/orders/?customer=${customer}`,
    );
    expect(list.results.map((o) => o.id)).toEqual([order.id]);
    expect(list.results[0]?.items).toHaveLength(2);
  });

  it('refuses bad input with field errors: quantities, money, a discount beyond the total, unknown references', async () => {
    const customer = await newCustomer();
    const cases: [object, string][] = [
      [{ items: [{ product_name: 'X', quantity: 0, unit_price: 1 }] }, 'items.0.quantity'],
      [{ items: [{ product_name: 'X', quantity: 1.5, unit_price: 1 }] }, 'items.0.quantity'],
      [{ items: [{ product_name: 'X', quantity: 1, unit_price: '1.001' }] }, 'items.0.unit_price'],
      [{ items: [{ product_name: 'X', quantity: 1_000_000, unit_price: '999999999999.99' }] }, 'items.0.quantity'],
      [{ items: [{ product_name: 'X', quantity: 1, unit_price: 10 }], discount_amount: '10.01' }, 'discount_amount'],
      [{ vendor_id: 2 ** 31 - 1 }, 'vendor_id'],
      [{ customer_id: 2 ** 31 - 1 }, 'customer_id'],
    ];
    for (const [body, field] of cases) {
      const res = await as(team.owner, 'POST', '/api/orders/', {
        title: 'Bad',
        customer_id: customer,
        items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
        ...body,
      });
      expect(res.statusCode, JSON.stringify(body)).toBe(400);
      expect(res.json().errors, JSON.stringify(body)).toHaveProperty([field]);
    }
    expect(
      (await as(team.employee, 'POST', '/api/orders/', { title: 'Not mine to make', customer_id: customer }))
        .statusCode,
    ).toBe(403);
  });

  it('moves status one step along the path or to cancelled; every other move is a 409', async () => {
    const customer = await newCustomer();
    const order = await ok(team.owner, 'POST', '/api/orders/', {
      title: 'Path',
      customer_id: customer,
      items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
    });
    const move = (status: string) => as(team.owner, 'PATCH', `/api/orders/${order.id}/`, { status });
    for (const [status, code] of [
      ['confirmed', 409],
      ['pending', 200],
      ['draft', 200],
      ['pending', 200],
      ['confirmed', 200],
      ['completed', 409],
      ['in_progress', 200],
      ['completed', 200],
      ['cancelled', 409],
      ['in_progress', 200],
      ['cancelled', 200],
      ['draft', 409],
      ['in_progress', 409],
    ] as const) {
      expect((await move(status)).statusCode, `→ ${status}`).toBe(code);
    }
  });

  it('items and amounts change only while draft or pending', async () => {
    const customer = await newCustomer();
    const order = await ok(team.owner, 'POST', '/api/orders/', { title: 'Edits', customer_id: customer, items: ITEMS });
    const edited = await ok(team.owner, 'PATCH', `/api/orders/${order.id}/`, {
      items: [{ product_name: 'Only', quantity: 2, unit_price: '2.50' }],
    });
    expect(edited).toMatchObject({
      subtotal: '5.00',
      total_amount: '5.00',
      items: [{ product_name: 'Only', total: '5.00' }],
    });
    await ok(team.owner, 'PATCH', `/api/orders/${order.id}/`, { status: 'pending' });
    await ok(team.owner, 'PATCH', `/api/orders/${order.id}/`, { status: 'confirmed' });
    expect((await as(team.owner, 'PATCH', `/api/orders/${order.id}/`, { tax_amount: 1 })).statusCode).toBe(409);
    expect((await as(team.owner, 'PATCH', `/api/orders/${order.id}/`, { items: ITEMS })).statusCode).toBe(409);
    expect((await as(team.owner, 'PATCH', `/api/orders/${order.id}/`, { notes: 'Still editable' })).statusCode).toBe(
      200,
    );
  });

  it("summarises a customer's balance over orders not cancelled, and deletes only orders without payments", async () => {
    const customer = await newCustomer();
    const a = await ok(team.owner, 'POST', '/api/orders/', {
      title: 'A',
      customer_id: customer,
      items: [{ product_name: 'A', quantity: 1, unit_price: 100 }],
    });
    const b = await ok(team.owner, 'POST', '/api/orders/', {
      title: 'B',
      customer_id: customer,
      items: [{ product_name: 'B', quantity: 1, unit_price: 50 }],
    });
    const c = await ok(team.owner, 'POST', '/api/orders/', {
      title: 'C',
      customer_id: customer,
      items: [{ product_name: 'C', quantity: 1, unit_price: 999 }],
    });
    await ok(team.owner, 'PATCH', `/api/orders/${c.id}/`, { status: 'cancelled' });
    await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: a.id,
      amount: 60,
      status: 'completed',
    });
    const refunded = await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: b.id,
      amount: 50,
      status: 'completed',
    });
    await ok(team.owner, 'POST', `/api/payments/${refunded.id}/refund/`);
    await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: b.id,
      amount: 20,
    });
    expect(await ok(team.employee, 'GET', `/api/orders/summary/?customer=${customer}`)).toEqual({
      orders_total: '150.00',
      amount_paid: '60.00',
      balance_due: '90.00',
      open_orders: 2,
    });
    expect(await ok(team.owner, 'GET', `/api/orders/${a.id}/`)).toMatchObject({
      amount_paid: '60.00',
      balance_due: '40.00',
    });
    expect((await as(team.owner, 'GET', '/api/orders/summary/')).statusCode).toBe(400);
    expect(
      (
        await as(team.owner, 'PATCH', `/api/orders/${a.id}/`, {
          items: [{ product_name: 'Less', quantity: 1, unit_price: 59 }],
        })
      ).statusCode,
    ).toBe(409);
    const blocked = await as(team.owner, 'DELETE', `/api/orders/${a.id}/`);
    expect(blocked.statusCode).toBe(409);
    expect(blocked.json().errors).toHaveProperty('payments');
    expect((await as(team.owner, 'DELETE', `/api/orders/${c.id}/`)).statusCode).toBe(204);
    const customerDelete = await as(team.owner, 'DELETE', `/api/customers/${customer}/`);
    expect(customerDelete.statusCode).toBe(409);
    expect(customerDelete.json().errors).toMatchObject({ orders: expect.any(Array), payments: expect.any(Array) });
  });

  it('codes stay unique under 50 concurrent creates', async () => {
    const customer = await newCustomer();
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) =>
        as(team.owner, 'POST', '/api/orders/', {
          title: `Rush ${i}`,
          customer_id: customer,
          items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
        }),
      ),
    );
    expect(results.every((r) => r.statusCode === 201)).toBe(true);
    expect(new Set(results.map((r) => r.json().code)).size).toBe(50);
  });

  it('a vendor named on an order cannot be deleted', async () => {
    const vendor = await ok(team.owner, 'POST', '/api/vendors/', { name: 'Supplies Inc' });
    await ok(team.owner, 'POST', '/api/orders/', {
      title: 'Supplied',
      customer_id: await newCustomer(),
      vendor_id: vendor.id,
      items: ITEMS,
    });
    const res = await as(team.owner, 'DELETE', `/api/vendors/${vendor.id}/`);
    expect(res.statusCode).toBe(409);
    expect(res.json().errors).toHaveProperty('orders');
  });
});

describe('orders for a Client', () => {
  it("shows only their customer's orders, without staff fields; another customer's is 404; writes are 403", async () => {
    const mine = await newCustomer();
    const theirs = await newCustomer();
    const vendor = await ok(team.owner, 'POST', '/api/vendors/', { name: 'Hidden vendor' });
    const own = await ok(team.owner, 'POST', '/api/orders/', {
      title: 'Mine',
      customer_id: mine,
      vendor_id: vendor.id,
      notes: 'staff only',
      items: ITEMS,
    });
    const other = await ok(team.owner, 'POST', '/api/orders/', {
      title: 'Theirs',
      customer_id: theirs,
      items: [{ product_name: 'Item', quantity: 1, unit_price: 10 }],
    });
    const client = await createPortalClient(t.app, team.owner.token, team.organizationId, mine);
    const asClient = (method: Method, url: string, payload?: object) =>
      call(t.app, client.token, { method, url, org: team.organizationId, ...(payload ? { payload } : {}) });
    const list = (await asClient('GET', '/api/orders/')).json();
    expect(list.results.map((o: { id: number }) => o.id)).toEqual([own.id]);
    const detail = (await asClient('GET', `/api/orders/${own.id}/`)).json();
    for (const body of [list.results[0], detail]) {
      for (const field of ['vendor_id', 'vendor_name', 'notes', 'created_by'])
        expect(body, field).not.toHaveProperty(field);
      expect(JSON.stringify(body)).not.toContain('staff only');
      expect(body).toMatchObject({
        code: own.code,
        total_amount: own.total_amount,
        permissions: { update: false, delete: false },
      });
    }
    expect((await asClient('GET', `/api/orders/${other.id}/`)).statusCode).toBe(404);
    expect((await asClient('GET', '/api/orders/summary/')).json()).toMatchObject({
      orders_total: own.total_amount,
      open_orders: 1,
    });
    expect((await asClient('GET', `/api/orders/summary/?customer=${theirs}`)).json().orders_total).toBe(
      own.total_amount,
    );
    expect((await asClient('POST', '/api/orders/', { title: 'x', customer_id: mine })).statusCode).toBe(403);
    expect((await asClient('PATCH', `/api/orders/${own.id}/`, { status: 'pending' })).statusCode).toBe(403);
    expect((await asClient('DELETE', `/api/orders/${own.id}/`)).statusCode).toBe(403);
    expect((await asClient('GET', '/api/customers/')).statusCode).toBe(403);

    // Deleting the customer (once nothing depends on it) ends the portal login's membership.
    await ok(team.owner, 'DELETE', `/api/orders/${own.id}/`);
    expect((await as(team.owner, 'DELETE', `/api/customers/${mine}/`)).statusCode).toBe(204);
    expect((await asClient('GET', '/api/orders/')).statusCode).toBe(403);
    const members = await ok<{ results: { user_id: number }[] }>(
      team.owner,
      'GET',
      `/api/organizations/${team.organizationId}/members/?role=client`,
    );
    expect(members.results.map((m) => m.user_id)).not.toContain(client.userId);
  });
});
