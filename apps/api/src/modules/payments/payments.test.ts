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
async function orderOf(total: string) {
  const customer = (await ok(team.owner, 'POST', '/api/customers/', { name: `Payer ${++sequence}` })).id as number;
  const order = await ok(team.owner, 'POST', '/api/orders/', {
    title: `Order ${sequence}`,
    customer_id: customer,
    items: [{ product_name: 'Thing', quantity: 1, unit_price: total }],
  });
  return { customer, order: order.id as number };
}

describe('payments', () => {
  it("records a pending payment with a code; status is read-only; the order must be the customer's", async () => {
    const { customer, order } = await orderOf('100.00');
    // At create, only pending or completed: any other status is a 400.
    expect(
      (
        await as(team.manager, 'POST', '/api/payments/', {
          payment_date: '2026-01-15',
          customer_id: customer,
          amount: 1,
          status: 'refunded',
        })
      ).statusCode,
    ).toBe(400);
    const payment = await ok(team.manager, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: order,
      amount: '40.50',
      method: 'cash',
    });
    expect(payment).toMatchObject({
      code: expect.stringMatching(/^PAY-\d{3,}$/),
      status: 'pending',
      amount: '40.50',
      method: 'cash',
      order_id: order,
      customer_id: customer,
      permissions: { update: true, delete: true },
    });
    const other = await orderOf('10.00');
    const wrongOrder = await as(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: other.order,
      amount: 1,
    });
    expect(wrongOrder.statusCode).toBe(400);
    expect(wrongOrder.json().errors).toHaveProperty('order_id');
    for (const amount of [0, -5, '1.001', 'ten']) {
      const res = await as(team.owner, 'POST', '/api/payments/', {
        payment_date: '2026-01-15',
        customer_id: customer,
        amount,
      });
      expect(res.statusCode, String(amount)).toBe(400);
      expect(res.json().errors).toHaveProperty('amount');
    }
    // PATCH never moves the status; the amount changes only while pending.
    expect(
      (await ok(team.owner, 'PATCH', `/api/payments/${payment.id}/`, { status: 'completed', reference: 'R-1' })).status,
    ).toBe('pending');
    expect((await ok(team.owner, 'PATCH', `/api/payments/${payment.id}/`, { amount: 45 })).amount).toBe('45.00');
    await ok(team.owner, 'POST', `/api/payments/${payment.id}/process/`);
    expect((await as(team.owner, 'PATCH', `/api/payments/${payment.id}/`, { amount: 50 })).statusCode).toBe(409);
    expect(
      (
        await as(team.employee, 'POST', '/api/payments/', {
          payment_date: '2026-01-15',
          customer_id: customer,
          amount: 1,
        })
      ).statusCode,
    ).toBe(403);
  });

  it('allows each action only from its statuses; every other move is a 409', async () => {
    const { customer } = await orderOf('1.00');
    const fresh = async () =>
      (await ok(team.owner, 'POST', '/api/payments/', { payment_date: '2026-01-15', customer_id: customer, amount: 5 }))
        .id as number;
    const act = (id: number, action: string) => as(team.owner, 'POST', `/api/payments/${id}/${action}/`);
    const pending = await fresh();
    expect((await act(pending, 'refund')).statusCode).toBe(409);
    expect((await act(pending, 'process')).json().status).toBe('completed');
    for (const action of ['process', 'mark_failed', 'cancel'])
      expect((await act(pending, action)).statusCode, action).toBe(409);
    expect((await act(pending, 'refund')).json().status).toBe('refunded');
    for (const action of ['process', 'mark_failed', 'cancel', 'refund'])
      expect((await act(pending, action)).statusCode, action).toBe(409);
    const failing = await fresh();
    expect((await act(failing, 'mark_failed')).json().status).toBe('failed');
    for (const action of ['process', 'refund', 'cancel'])
      expect((await act(failing, action)).statusCode, action).toBe(409);
    const cancelled = await fresh();
    expect((await act(cancelled, 'cancel')).json().status).toBe('cancelled');
    expect((await act(cancelled, 'process')).statusCode).toBe(409);
    // A completed payment is refunded, never deleted.
    const completed = (
      await ok(team.owner, 'POST', '/api/payments/', {
        payment_date: '2026-01-15',
        customer_id: customer,
        amount: 1,
        status: 'completed',
      })
    ).id as number;
    expect((await as(team.owner, 'DELETE', `/api/payments/${completed}/`)).statusCode).toBe(409);
    expect((await as(team.owner, 'DELETE', `/api/payments/${cancelled}/`)).statusCode).toBe(204);
  });

  it('never overpays an order, at create or when processing, and a refund frees the amount again', async () => {
    const { customer, order } = await orderOf('100.00');
    await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: order,
      amount: 70,
      status: 'completed',
    });
    const over = await as(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: order,
      amount: '30.01',
      status: 'completed',
    });
    expect(over.statusCode).toBe(409);
    expect(over.json().errors).toHaveProperty('amount');
    const pending = await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: order,
      amount: 40,
    });
    expect((await as(team.owner, 'POST', `/api/payments/${pending.id}/process/`)).statusCode).toBe(409);
    const exact = await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: customer,
      order_id: order,
      amount: 30,
      status: 'completed',
    });
    expect((await ok(team.owner, 'GET', `/api/orders/${order}/`)).balance_due).toBe('0.00');
    await ok(team.owner, 'POST', `/api/payments/${exact.id}/refund/`);
    expect((await ok(team.owner, 'GET', `/api/orders/${order}/`)).balance_due).toBe('30.00');
  });

  it('concurrent completions cannot overpay together (a lock on the order)', async () => {
    const { customer, order } = await orderOf('100.00');
    const payments = await Promise.all(
      Array.from({ length: 6 }, () =>
        ok(team.owner, 'POST', '/api/payments/', {
          payment_date: '2026-01-15',
          customer_id: customer,
          order_id: order,
          amount: 40,
        }),
      ),
    );
    const results = await Promise.all(payments.map((p) => as(team.owner, 'POST', `/api/payments/${p.id}/process/`)));
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 200, 409, 409, 409, 409]);
    expect(await ok(team.owner, 'GET', `/api/orders/${order}/`)).toMatchObject({
      amount_paid: '80.00',
      balance_due: '20.00',
    });
    const creates = await Promise.all(
      Array.from({ length: 5 }, () =>
        as(team.owner, 'POST', '/api/payments/', {
          payment_date: '2026-01-15',
          customer_id: customer,
          order_id: order,
          amount: 15,
          status: 'completed',
        }),
      ),
    );
    expect(creates.filter((r) => r.statusCode === 201)).toHaveLength(1);
    expect((await ok(team.owner, 'GET', `/api/orders/${order}/`)).amount_paid).toBe('95.00');
  });

  it('codes stay unique under 50 concurrent creates', async () => {
    const { customer } = await orderOf('1.00');
    const results = await Promise.all(
      Array.from({ length: 50 }, () =>
        as(team.owner, 'POST', '/api/payments/', { payment_date: '2026-01-15', customer_id: customer, amount: 1 }),
      ),
    );
    expect(new Set(results.map((r) => r.json().code)).size).toBe(50);
  });
});

describe('payments for a Client', () => {
  it("lists only their customer's payments, without notes or creator; another customer's is 404; actions are 403", async () => {
    const mine = await orderOf('10.00');
    const theirs = await orderOf('10.00');
    const own = await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: mine.customer,
      order_id: mine.order,
      amount: 4,
      notes: 'internal remark',
    });
    const other = await ok(team.owner, 'POST', '/api/payments/', {
      payment_date: '2026-01-15',
      customer_id: theirs.customer,
      amount: 4,
    });
    const client = await createPortalClient(t.app, team.owner.token, team.organizationId, mine.customer);
    const asClient = (method: Method, url: string) =>
      call(t.app, client.token, { method, url, org: team.organizationId });
    const list = (await asClient('GET', '/api/payments/')).json();
    expect(list.results.map((p: { id: number }) => p.id)).toEqual([own.id]);
    const detail = (await asClient('GET', `/api/payments/${own.id}/`)).json();
    for (const body of [list.results[0], detail]) {
      for (const field of ['notes', 'created_by']) expect(body, field).not.toHaveProperty(field);
      expect(JSON.stringify(body)).not.toContain('internal remark');
      expect(body).toMatchObject({ code: own.code, order_code: expect.stringMatching(/^ORD-/) });
    }
    expect((await asClient('GET', `/api/payments/${other.id}/`)).statusCode).toBe(404);
    expect((await asClient('POST', `/api/payments/${own.id}/process/`)).statusCode).toBe(403);
    expect((await asClient('DELETE', `/api/payments/${own.id}/`)).statusCode).toBe(403);
  });
});
