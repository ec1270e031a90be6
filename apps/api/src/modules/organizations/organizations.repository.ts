import type { Insertable, Updateable } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { OrganizationRow, OrganizationsTable } from '../../db/database.js';

/** The organization row itself: its id is the tenant id. */
export function organizationsRepository(db: Executor) {
  return {
    findById(organizationId: number): Promise<OrganizationRow | undefined> {
      return db.selectFrom('organizations').selectAll().where('id', '=', organizationId).executeTakeFirst();
    },

    async slugsStartingWith(base: string): Promise<string[]> {
      const rows = await db.selectFrom('organizations').select('slug').where('slug', 'like', `${base}%`).execute();
      return rows.map((r) => r.slug);
    },

    create(values: Insertable<OrganizationsTable>): Promise<OrganizationRow> {
      return db.insertInto('organizations').values(values).returningAll().executeTakeFirstOrThrow();
    },

    update(organizationId: number, values: Updateable<OrganizationsTable>): Promise<OrganizationRow> {
      return db
        .updateTable('organizations')
        .set(values)
        .where('id', '=', organizationId)
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    /**
     * Whether any money amount is recorded in the organization's currency (deal values, lead
     * estimates; orders and payments join this list when they exist).
     */
    async hasMoneyRecords(organizationId: number): Promise<boolean> {
      const deal = await db
        .selectFrom('deals')
        .select('id')
        .where('organization_id', '=', organizationId)
        .limit(1)
        .executeTakeFirst();
      if (deal) return true;
      const lead = await db
        .selectFrom('leads')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('estimated_value', 'is not', null)
        .limit(1)
        .executeTakeFirst();
      return lead !== undefined;
    },

    /** Its rows in every table go with it through ON DELETE CASCADE, inside the caller's transaction. */
    delete(organizationId: number): Promise<unknown> {
      return db.deleteFrom('organizations').where('id', '=', organizationId).execute();
    },
  };
}
