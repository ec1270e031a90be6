import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.js';

/**
 * Organization settings of PRODUCT §4: `record_visibility` (which rows Employees and Managers read)
 * and `response_targets` (hours to a first reply per issue priority), as plain columns so both
 * databases read them alike.
 */
const COLUMNS = [
  ['visibility_employee', 'varchar(10)', 'all'],
  ['visibility_manager', 'varchar(10)', 'all'],
  ['response_hours_urgent', 'integer', 4],
  ['response_hours_high', 'integer', 24],
  ['response_hours_medium', 'integer', 48],
  ['response_hours_low', 'integer', 120],
] as const;

export async function up(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  for (const [name, type, fallback] of COLUMNS) {
    await db.schema
      .alterTable('organizations')
      .addColumn(name, type, (c) => c.notNull().defaultTo(fallback))
      .execute();
  }
}

export async function down(db: Kysely<unknown>, _dialect: Dialect): Promise<void> {
  for (const [name] of [...COLUMNS].reverse()) await db.schema.alterTable('organizations').dropColumn(name).execute();
}
