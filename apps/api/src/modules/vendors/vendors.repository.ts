import { expressionBuilder, sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { VendorStatus, VendorType } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import type { VendorRow, VendorsTable } from '../../db/database.js';
import { jsonKeysOf } from '../../db/dialect.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';

export interface VendorFilters {
  search?: string;
  status?: VendorStatus;
  vendorType?: VendorType;
  createdFrom?: string;
  createdUntil?: string;
}

export type VendorOrderField = 'name' | 'code' | 'status' | 'rating' | 'created_at' | 'updated_at';

export function vendorsRepository(db: Executor, dialect: Dialect) {
  /** The filters as one condition on alias `v`, shared by the page query and the count. */
  const matching = (organizationId: number, f: VendorFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ v: VendorsTable }, 'v'>();
    const conditions: Expression<SqlBool>[] = [eb('v.organization_id', '=', organizationId)];
    if (f.search) conditions.push(matchesSearch(dialect, 'vendors', f.search, 'v'));
    if (f.status) conditions.push(eb('v.status', '=', f.status));
    if (f.vendorType) conditions.push(eb('v.vendor_type', '=', f.vendorType));
    if (f.createdFrom) conditions.push(eb('v.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('v.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  return {
    list(
      organizationId: number,
      filters: VendorFilters,
      ordering: Ordering<VendorOrderField>,
      limit: number,
      offset: number,
    ): Promise<VendorRow[]> {
      return (
        db
          .selectFrom('vendors as v')
          .selectAll('v')
          .where(matching(organizationId, filters))
          // SQLite sorts nulls first and PostgreSQL last: unrated vendors go last on both, either way.
          .$if(ordering.field === 'rating', (qb) => qb.orderBy(sql`case when v.rating is null then 1 else 0 end`))
          .orderBy(`v.${ordering.field}`, ordering.direction)
          .orderBy('v.id', ordering.direction)
          .limit(limit)
          .offset(offset)
          .execute()
      );
    },

    async count(organizationId: number, filters: VendorFilters): Promise<number> {
      const row = await db
        .selectFrom('vendors as v')
        .where(matching(organizationId, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** Export: the next page of the organization's matching vendors after `afterId`. */
    exportPage(organizationId: number, filters: VendorFilters, afterId: number, limit: number) {
      return db
        .selectFrom('vendors as v')
        .selectAll('v')
        .where(matching(organizationId, filters))
        .where('v.id', '>', afterId)
        .orderBy('v.id')
        .limit(limit)
        .execute();
    },

    /** Every custom field key among the matching vendors (the export's cf.* columns). */
    async customFieldKeys(organizationId: number, filters: VendorFilters): Promise<string[]> {
      const result = await sql<{ key: string }>`select distinct j.key as key
        from vendors v, ${jsonKeysOf(dialect, 'v.custom_fields')} where ${matching(organizationId, filters)} order by 1`.execute(
        db,
      );
      return result.rows.map((r) => r.key);
    },

    findById(organizationId: number, id: number): Promise<VendorRow | undefined> {
      return db
        .selectFrom('vendors')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    async exists(organizationId: number, id: number): Promise<boolean> {
      const row = await db
        .selectFrom('vendors')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    async create(organizationId: number, values: Omit<Insertable<VendorsTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('vendors')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<VendorsTable>): Promise<void> {
      await db
        .updateTable('vendors')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('vendors').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    /** Totals by status and by type, and the number created in [since, until): one aggregate query. */
    stats(organizationId: number, since: string, until: string) {
      return db
        .selectFrom('vendors')
        .select(['status', 'vendor_type'])
        .select((eb) => [
          eb.fn.countAll<number>().as('count'),
          sql<number>`sum(case when created_at >= ${since} and created_at < ${until} then 1 else 0 end)`.as(
            'new_count',
          ),
        ])
        .where('organization_id', '=', organizationId)
        .groupBy(['status', 'vendor_type'])
        .execute();
    },

    async countOrders(organizationId: number, vendorId: number): Promise<number> {
      const row = await db
        .selectFrom('orders')
        .select((eb) => eb.fn.countAll<number>().as('n'))
        .where('organization_id', '=', organizationId)
        .where('vendor_id', '=', vendorId)
        .executeTakeFirstOrThrow();
      return Number(row.n);
    },
  };
}
