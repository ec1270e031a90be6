import { expressionBuilder, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { PaymentMethod, PaymentStatus } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import type { PaymentRow, PaymentsTable } from '../../db/database.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface PaymentFilters {
  search?: string;
  status?: PaymentStatus;
  method?: PaymentMethod;
  customerId?: number;
  orderId?: number;
  createdFrom?: string;
  createdUntil?: string;
}

export type PaymentOrderField =
  'code' | 'amount' | 'status' | 'payment_date' | 'due_date' | 'created_at' | 'updated_at';

export interface PaymentRecord extends PaymentRow {
  customer_name: string;
  order_code: string | null;
}

export function paymentsRepository(db: Executor, dialect: Dialect) {
  const visible = (viewer: Viewer): Expression<SqlBool> => {
    const eb = expressionBuilder<{ p: PaymentsTable }, 'p'>();
    return eb.and([eb('p.organization_id', '=', viewer.organizationId), visibleRows(viewer, 'payments', 'p')]);
  };

  const matching = (viewer: Viewer, f: PaymentFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ p: PaymentsTable }, 'p'>();
    const conditions: Expression<SqlBool>[] = [visible(viewer)];
    if (f.search) conditions.push(matchesSearch(dialect, 'payments', f.search, 'p'));
    if (f.status) conditions.push(eb('p.status', '=', f.status));
    if (f.method) conditions.push(eb('p.method', '=', f.method));
    if (f.customerId !== undefined) conditions.push(eb('p.customer_id', '=', f.customerId));
    if (f.orderId !== undefined) conditions.push(eb('p.order_id', '=', f.orderId));
    if (f.createdFrom) conditions.push(eb('p.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('p.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  /** The payment with its customer's name and its order's code: one query, no N+1. */
  const withNames = () =>
    db
      .selectFrom('payments as p')
      .innerJoin('customers as c', 'c.id', 'p.customer_id')
      .leftJoin('orders as o', 'o.id', 'p.order_id')
      .selectAll('p')
      .select(['c.name as customer_name', 'o.code as order_code']);

  return {
    list(
      viewer: Viewer,
      filters: PaymentFilters,
      ordering: Ordering<PaymentOrderField>,
      limit: number,
      offset: number,
    ): Promise<PaymentRecord[]> {
      return withNames()
        .where(matching(viewer, filters))
        .orderBy(`p.${ordering.field}`, ordering.direction)
        .orderBy('p.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, filters: PaymentFilters): Promise<number> {
      const row = await db
        .selectFrom('payments as p')
        .where(matching(viewer, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(viewer: Viewer, id: number): Promise<PaymentRecord | undefined> {
      return withNames().where(visible(viewer)).where('p.id', '=', id).executeTakeFirst();
    },

    async create(organizationId: number, values: Omit<Insertable<PaymentsTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('payments')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<PaymentsTable>): Promise<void> {
      await db
        .updateTable('payments')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('payments').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },
  };
}
