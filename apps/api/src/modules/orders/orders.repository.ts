import { expressionBuilder, sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { OrderStatus } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import { lockForUpdate } from '../../db/dialect.js';
import type { OrderItemRow, OrderItemsTable, OrderRow, OrdersTable } from '../../db/database.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface OrderFilters {
  search?: string;
  status?: OrderStatus;
  customerId?: number;
  vendorId?: number;
  createdFrom?: string;
  createdUntil?: string;
}

export type OrderOrderField = 'code' | 'title' | 'status' | 'order_date' | 'total_amount' | 'created_at' | 'updated_at';

export interface OrderRecord extends OrderRow {
  customer_name: string;
  vendor_name: string | null;
  amount_paid: number | string;
}

/** Orders not cancelled count toward a customer's balance; these are still under way. */
const OPEN_STATUSES: OrderStatus[] = ['draft', 'pending', 'confirmed', 'in_progress'];

/** The sum of an order's completed payments, on alias `o`: one indexed subquery per row, no N+1. */
const amountPaidOf = () =>
  sql<number>`cast(coalesce((select sum(p.amount) from payments p
    where p.organization_id = o.organization_id and p.order_id = o.id and p.status = 'completed'), 0) as bigint)`;

export function ordersRepository(db: Executor, dialect: Dialect) {
  /** The viewer's orders, as one condition on alias `o`. */
  const visible = (viewer: Viewer): Expression<SqlBool> => {
    const eb = expressionBuilder<{ o: OrdersTable }, 'o'>();
    return eb.and([eb('o.organization_id', '=', viewer.organizationId), visibleRows(viewer, 'orders', 'o')]);
  };

  const matching = (viewer: Viewer, f: OrderFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ o: OrdersTable }, 'o'>();
    const conditions: Expression<SqlBool>[] = [visible(viewer)];
    if (f.search) conditions.push(matchesSearch(dialect, 'orders', f.search, 'o'));
    if (f.status) conditions.push(eb('o.status', '=', f.status));
    if (f.customerId !== undefined) conditions.push(eb('o.customer_id', '=', f.customerId));
    if (f.vendorId !== undefined) conditions.push(eb('o.vendor_id', '=', f.vendorId));
    if (f.createdFrom) conditions.push(eb('o.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('o.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  /** The order with its customer's and vendor's names and what has been paid: one query. */
  const withDerived = () =>
    db
      .selectFrom('orders as o')
      .innerJoin('customers as c', 'c.id', 'o.customer_id')
      .leftJoin('vendors as v', 'v.id', 'o.vendor_id')
      .selectAll('o')
      .select(['c.name as customer_name', 'v.name as vendor_name', amountPaidOf().as('amount_paid')]);

  return {
    /**
     * Export: the next page of the items of the viewer's matching orders after item `afterId`, each
     * with its order, the customer's and vendor's codes (PRODUCT §6: one CSV row per item).
     */
    exportPage(viewer: Viewer, filters: OrderFilters, afterId: number, limit: number) {
      return db
        .selectFrom('order_items as i')
        .innerJoin('orders as o', 'o.id', 'i.order_id')
        .innerJoin('customers as c', 'c.id', 'o.customer_id')
        .leftJoin('vendors as v', 'v.id', 'o.vendor_id')
        .select([
          'i.id',
          'i.product_name',
          'i.sku',
          'i.quantity',
          'i.unit_price',
          'o.code as order_ref',
          'o.external_id',
          'o.title',
          'o.status',
          'o.order_date',
          'o.expected_delivery',
          'o.tax_amount',
          'o.discount_amount',
          'o.notes',
          'c.code as customer',
          'v.code as vendor',
        ])
        .where(matching(viewer, filters))
        .where('i.id', '>', afterId)
        .orderBy('i.id')
        .limit(limit)
        .execute();
    },

    list(
      viewer: Viewer,
      filters: OrderFilters,
      ordering: Ordering<OrderOrderField>,
      limit: number,
      offset: number,
    ): Promise<OrderRecord[]> {
      return withDerived()
        .where(matching(viewer, filters))
        .orderBy(`o.${ordering.field}`, ordering.direction)
        .orderBy('o.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, filters: OrderFilters): Promise<number> {
      const row = await db
        .selectFrom('orders as o')
        .where(matching(viewer, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(viewer: Viewer, id: number): Promise<OrderRecord | undefined> {
      return withDerived().where(visible(viewer)).where('o.id', '=', id).executeTakeFirst();
    },

    /** The items of some orders, in their order: one query for a whole page. */
    itemsOf(organizationId: number, orderIds: readonly number[]): Promise<OrderItemRow[]> {
      if (orderIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('order_items')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('order_id', 'in', orderIds)
        .orderBy('order_id')
        .orderBy('position')
        .execute();
    },

    async create(organizationId: number, values: Omit<Insertable<OrdersTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('orders')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<OrdersTable>): Promise<void> {
      await db
        .updateTable('orders')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async replaceItems(
      organizationId: number,
      orderId: number,
      items: Omit<Insertable<OrderItemsTable>, 'organization_id' | 'order_id'>[],
    ): Promise<void> {
      await db
        .deleteFrom('order_items')
        .where('organization_id', '=', organizationId)
        .where('order_id', '=', orderId)
        .execute();
      if (items.length === 0) return;
      await db
        .insertInto('order_items')
        .values(items.map((item) => ({ ...item, organization_id: organizationId, order_id: orderId })))
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('orders').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    /**
     * Locks the order's row until the transaction ends (PostgreSQL; SQLite writes one at a time
     * anyway), so payments completing at the same time cannot overpay it together.
     */
    async lock(organizationId: number, id: number): Promise<void> {
      await lockForUpdate(
        dialect,
        db.selectFrom('orders').select('id').where('organization_id', '=', organizationId).where('id', '=', id),
      ).execute();
    },

    /** Totals over a customer's orders that are not cancelled (PRODUCT §5 customer balance). */
    async summary(viewer: Viewer, customerId: number) {
      return db
        .selectFrom('orders as o')
        .where(visible(viewer))
        .where('o.customer_id', '=', customerId)
        .where('o.status', '!=', 'cancelled')
        .select((eb) => [
          sql<number>`cast(coalesce(sum(o.total_amount), 0) as bigint)`.as('orders_total'),
          sql<number>`cast(coalesce(sum(${amountPaidOf()}), 0) as bigint)`.as('amount_paid'),
          eb.fn.count<number>('o.id').filterWhere('o.status', 'in', OPEN_STATUSES).as('open_orders'),
        ])
        .executeTakeFirstOrThrow();
    },

    async countPayments(organizationId: number, orderId: number): Promise<number> {
      const row = await db
        .selectFrom('payments')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organization_id', '=', organizationId)
        .where('order_id', '=', orderId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
