import { expressionBuilder, sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { CustomerStatus } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import { jsonKeysOf } from '../../db/dialect.js';
import type { CustomerRow, CustomersTable } from '../../db/database.js';
import { fullNameOf } from '../../db/expressions.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface CustomerFilters {
  search?: string;
  status?: CustomerStatus;
  customerType?: 'individual' | 'business';
  /** An employee id, or null for unassigned records. */
  assignedTo?: number | null;
  createdFrom?: string;
  createdUntil?: string;
}

export type CustomerOrderField = 'name' | 'code' | 'status' | 'created_at' | 'updated_at' | 'total_value';

export interface CustomerRecord extends CustomerRow {
  assigned_to_name: string | null;
  total_value: number;
}

export function customersRepository(db: Executor, dialect: Dialect) {
  /** One query gives the row, its assignee's name and the sum of its won deals: no N+1. */
  const withDerived = () =>
    db
      .selectFrom('customers as c')
      .leftJoin('employees as e', 'e.id', 'c.assigned_to')
      .selectAll('c')
      .select([
        fullNameOf('e').as('assigned_to_name'),
        sql<number>`cast(coalesce((select sum(d.value) from deals d inner join pipeline_stages s on s.id = d.stage_id
          where d.organization_id = c.organization_id and d.customer_id = c.id and s.kind = 'won'), 0) as bigint)`.as(
          'total_value',
        ),
      ]);

  /** The viewer's rows of the organization, as one condition on alias `c`. */
  const visible = (viewer: Viewer): Expression<SqlBool> => {
    const eb = expressionBuilder<{ c: CustomersTable }, 'c'>();
    return eb.and([eb('c.organization_id', '=', viewer.organizationId), visibleRows(viewer, 'customers', 'c')]);
  };

  /** The filters as one condition on alias `c`, shared by the page query and the count. */
  const matching = (viewer: Viewer, f: CustomerFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ c: CustomersTable }, 'c'>();
    const conditions: Expression<SqlBool>[] = [visible(viewer)];
    if (f.search) conditions.push(matchesSearch(dialect, 'customers', f.search, 'c'));
    if (f.status) conditions.push(eb('c.status', '=', f.status));
    if (f.customerType) conditions.push(eb('c.customer_type', '=', f.customerType));
    if (f.assignedTo !== undefined)
      conditions.push(f.assignedTo === null ? eb('c.assigned_to', 'is', null) : eb('c.assigned_to', '=', f.assignedTo));
    if (f.createdFrom) conditions.push(eb('c.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('c.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  return {
    async list(
      viewer: Viewer,
      filters: CustomerFilters,
      ordering: Ordering<CustomerOrderField>,
      limit: number,
      offset: number,
    ): Promise<CustomerRecord[]> {
      const rows = await withDerived()
        .where(matching(viewer, filters))
        .orderBy(ordering.field === 'total_value' ? 'total_value' : `c.${ordering.field}`, ordering.direction)
        .orderBy('c.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map(normalize);
    },

    async count(viewer: Viewer, filters: CustomerFilters): Promise<number> {
      const row = await db
        .selectFrom('customers as c')
        .where(matching(viewer, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The ids of the viewer's customers matching the filters, at most `limit` (bulk actions). */
    async ids(viewer: Viewer, filters: CustomerFilters, limit: number): Promise<number[]> {
      const rows = await db
        .selectFrom('customers as c')
        .select('c.id')
        .where(matching(viewer, filters))
        .orderBy('c.id')
        .limit(limit)
        .execute();
      return rows.map((r) => r.id);
    },

    /** Export: the next page of the viewer's matching customers after `afterId`, with the assignee's email. */
    exportPage(viewer: Viewer, filters: CustomerFilters, afterId: number, limit: number) {
      return db
        .selectFrom('customers as c')
        .leftJoin('employees as e', 'e.id', 'c.assigned_to')
        .selectAll('c')
        .select('e.email as assigned_to_email')
        .where(matching(viewer, filters))
        .where('c.id', '>', afterId)
        .orderBy('c.id')
        .limit(limit)
        .execute();
    },

    /** Every custom field key among the viewer's matching customers (the export's cf.* columns). */
    async customFieldKeys(viewer: Viewer, filters: CustomerFilters): Promise<string[]> {
      const result = await sql<{
        key: string;
      }>`select distinct j.key as key from customers c, ${jsonKeysOf(dialect, 'c.custom_fields')}
        where ${matching(viewer, filters)} order by 1`.execute(db);
      return result.rows.map((r) => r.key);
    },

    async findById(viewer: Viewer, id: number): Promise<CustomerRecord | undefined> {
      const row = await withDerived().where(visible(viewer)).where('c.id', '=', id).executeTakeFirst();
      return row ? normalize(row) : undefined;
    },

    async exists(viewer: Viewer, id: number): Promise<boolean> {
      const row = await db
        .selectFrom('customers as c')
        .select('c.id')
        .where(visible(viewer))
        .where('c.id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    async create(organizationId: number, values: Omit<Insertable<CustomersTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('customers')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<CustomersTable>): Promise<void> {
      await db
        .updateTable('customers')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('customers').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    /** What depends on the customer and blocks its deletion (PRODUCT §4), by kind. */
    async countDependants(
      organizationId: number,
      customerId: number,
    ): Promise<Record<'deals' | 'orders' | 'payments' | 'issues', number>> {
      const counts = { deals: 0, orders: 0, payments: 0, issues: 0 };
      for (const table of ['deals', 'orders', 'payments', 'issues'] as const) {
        const row = await db
          .selectFrom(table)
          .select((eb) => eb.fn.countAll<number>().as('count'))
          .where('organization_id', '=', organizationId)
          .where('customer_id', '=', customerId)
          .executeTakeFirstOrThrow();
        counts[table] = Number(row.count);
      }
      return counts;
    },

    /** Totals by status and by type, and the number created since `since`: one aggregate query. */
    async stats(viewer: Viewer, since: string, until: string) {
      return db
        .selectFrom('customers as c')
        .select(['c.status', 'c.customer_type'])
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          sql<number>`sum(case when c.created_at >= ${since} and c.created_at < ${until} then 1 else 0 end)`.as(
            'new_count',
          ),
        ])
        .where(visible(viewer))
        .groupBy(['c.status', 'c.customer_type'])
        .execute();
    },

    async clearConvertedFromLead(organizationId: number, leadId: number): Promise<void> {
      await db
        .updateTable('customers')
        .set({ converted_from_lead_id: null })
        .where('organization_id', '=', organizationId)
        .where('converted_from_lead_id', '=', leadId)
        .execute();
    },

    /** The customer whose portal login `userId` is (PRODUCT §2: at most one per organization). */
    async findByUser(organizationId: number, userId: number): Promise<{ id: number; name: string } | undefined> {
      return db
        .selectFrom('customers')
        .select(['id', 'name'])
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .executeTakeFirst();
    },

    /** Only while the customer has no portal login yet: two acceptances cannot both link it. */
    async linkUser(organizationId: number, id: number, userId: number, now: string): Promise<boolean> {
      const result = await db
        .updateTable('customers')
        .set({ user_id: userId, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('user_id', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async unlinkUser(organizationId: number, userId: number, now: string): Promise<void> {
      await db
        .updateTable('customers')
        .set({ user_id: null, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .execute();
    },
  };
}

const normalize = <T extends { total_value: number | string }>(row: T): T & { total_value: number } => ({
  ...row,
  total_value: Number(row.total_value),
});
