import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '@crm/contracts';
import { call, createTestApp, type TestApp } from '../test/test-app.js';
import { registerUser, type Registered } from '../test/factories.js';
import { rowScopeOf, visibleRows, type Viewer, type VisibleResource } from './visibility.js';

describe('rowScopeOf (PRODUCT §3)', () => {
  const all = { employee: 'all', manager: 'all' } as const;
  const narrow = { employee: 'own', manager: 'team' } as const;

  it('Owner and Admin see everything whatever the setting', () => {
    for (const role of ['owner', 'admin'] as const) {
      for (const setting of [all, narrow]) expect(rowScopeOf(role, setting, 'customers')).toBe('all');
    }
  });

  it('Managers and Employees follow record_visibility on every staff resource', () => {
    for (const resource of ['customers', 'leads', 'deals', 'activities', 'orders', 'payments', 'issues'] as const) {
      expect(rowScopeOf('manager', all, resource)).toBe('all');
      expect(rowScopeOf('manager', narrow, resource)).toBe('team');
      expect(rowScopeOf('employee', all, resource)).toBe('all');
      expect(rowScopeOf('employee', narrow, resource)).toBe('own');
    }
  });

  it("a Client sees their own customer's orders, payments and issues, and no sales data", () => {
    for (const setting of [all, narrow]) {
      for (const resource of ['orders', 'payments', 'issues'] as const)
        expect(rowScopeOf('client', setting, resource)).toBe('own_customer');
      for (const resource of ['customers', 'leads', 'deals', 'activities'] as const)
        expect(rowScopeOf('client', setting, resource)).toBe('none');
    }
    expect(ROLES).toHaveLength(5);
  });
});

/**
 * The conditions themselves, on both databases, over a probe table shaped like the tables they
 * will guard (orders, payments and issues get their own tables in the Client mode issue).
 */
describe('visibleRows on a probe table', () => {
  let t: TestApp;
  let owner: Registered;
  let client: Registered;
  let organizationId: number;
  let ownCustomer: number;
  let otherCustomer: number;

  beforeAll(async () => {
    t = await createTestApp();
    owner = await registerUser(t.app);
    client = await registerUser(t.app);
    organizationId = owner.organization.id;
    const create = async (name: string) =>
      (
        await call(t.app, owner.token, {
          method: 'POST',
          url: '/api/customers/',
          payload: { name },
          org: organizationId,
        })
      ).json().id as number;
    ownCustomer = await create('Portal customer');
    otherCustomer = await create('Someone else');
    await t.db.kysely.updateTable('customers').set({ user_id: client.user.id }).where('id', '=', ownCustomer).execute();
    await sql`create table visibility_probe (id integer primary key, organization_id integer, customer_id integer, lead_id integer, deal_id integer, assigned_to integer, created_by integer)`.execute(
      t.db.kysely,
    );
    const rows: [number, number | null, number | null, number | null][] = [
      // id, customer_id, assigned_to, created_by
      [1, ownCustomer, null, owner.user.id],
      [2, otherCustomer, null, owner.user.id],
      [3, otherCustomer, 99, client.user.id],
      [4, null, 99, owner.user.id],
    ];
    for (const [id, customerId, assignedTo, createdBy] of rows) {
      await sql`insert into visibility_probe values (${id}, ${organizationId}, ${customerId}, null, null, ${assignedTo}, ${createdBy})`.execute(
        t.db.kysely,
      );
    }
  });
  afterAll(() => t.close());

  async function visibleIds(viewer: Viewer, resource: VisibleResource): Promise<number[]> {
    const result = await sql<{
      id: number;
    }>`select p.id from visibility_probe p where p.organization_id = ${viewer.organizationId} and ${visibleRows(viewer, resource, 'p')} order by p.id`.execute(
      t.db.kysely,
    );
    return result.rows.map((r) => Number(r.id));
  }

  it('own_customer: a Client reads only the rows of the customer whose portal login they are', async () => {
    const viewer: Viewer = { organizationId, scope: 'own_customer', userId: client.user.id, employeeId: null };
    for (const resource of ['orders', 'payments', 'issues'] as const)
      expect(await visibleIds(viewer, resource)).toEqual([1]);
    // Having created a row does not make it a Client's; and sales data is never theirs.
    for (const resource of ['customers', 'leads', 'deals', 'activities'] as const)
      expect(await visibleIds(viewer, resource)).toEqual([]);
  });

  it('another user with no customer link sees nothing, and scope none sees nothing', async () => {
    expect(
      await visibleIds({ organizationId, scope: 'own_customer', userId: owner.user.id, employeeId: null }, 'orders'),
    ).toEqual([]);
    expect(
      await visibleIds({ organizationId, scope: 'none', userId: owner.user.id, employeeId: 99 }, 'customers'),
    ).toEqual([]);
  });

  it('own: assigned to the employee record or created by the user; all: every row', async () => {
    expect(
      await visibleIds({ organizationId, scope: 'own', userId: client.user.id, employeeId: 99 }, 'customers'),
    ).toEqual([3, 4]);
    expect(await visibleIds({ organizationId, scope: 'all', userId: 0, employeeId: null }, 'customers')).toEqual([
      1, 2, 3, 4,
    ]);
  });

  it('issues: visible with their customer, or when assigned to the caller', async () => {
    // The Owner's customers are visible to an `own` viewer only if assigned to or created by them.
    const viewer: Viewer = { organizationId, scope: 'own', userId: 12345, employeeId: 99 };
    expect(await visibleIds(viewer, 'issues')).toEqual([3, 4]);
    expect(await visibleIds({ ...viewer, userId: owner.user.id, employeeId: null }, 'orders')).toEqual([1, 2, 3]);
  });
});
