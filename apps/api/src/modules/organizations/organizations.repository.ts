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

    /** Its rows in every table go with it through ON DELETE CASCADE, inside the caller's transaction. */
    delete(organizationId: number): Promise<unknown> {
      return db.deleteFrom('organizations').where('id', '=', organizationId).execute();
    },
  };
}
