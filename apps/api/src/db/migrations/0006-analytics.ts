import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { timestampType } from '../dialect.js';
import { idColumn } from '../schema-helpers.js';

/**
 * Analytics: a daily snapshot of the forecast's month table (PRODUCT §7), so each month can show
 * what was forecast for it at its start; and the indexes the figures read.
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await db.schema
    .createTable('forecast_snapshots')
    .addColumn('id', 'integer', idColumn(dialect))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('taken_on', 'date', (c) => c.notNull())
    .addColumn('month', 'varchar(7)', (c) => c.notNull())
    .addColumn('deal_count', 'integer', (c) => c.notNull())
    .addColumn('value', 'bigint', (c) => c.notNull())
    .addColumn('weighted_value', 'bigint', (c) => c.notNull())
    .addColumn('created_at', timestampType(dialect), (c) => c.notNull())
    .addUniqueConstraint('forecast_snapshots_uq', ['organization_id', 'month', 'taken_on'])
    .execute();
  await db.schema
    .createIndex('leads_org_converted_at_idx')
    .on('leads')
    .columns(['organization_id', 'converted_at'])
    .execute();
  await db.schema
    .createIndex('activities_org_assignee_completed_idx')
    .on('activities')
    .columns(['organization_id', 'assigned_to', 'completed_at'])
    .execute();
  await db.schema
    .createIndex('deals_org_assignee_closed_idx')
    .on('deals')
    .columns(['organization_id', 'assigned_to', 'closed_at'])
    .execute();
  // The forecast reads every open deal's expected close date, value and probability: covered here,
  // replacing the narrower (organization, expected close date) index it starts with.
  await db.schema.dropIndex('deals_org_expected_close_date_idx').execute();
  await db.schema
    .createIndex('deals_org_forecast_idx')
    .on('deals')
    .columns(['organization_id', 'expected_close_date', 'stage_id', 'value', 'probability'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await db.schema.dropIndex('deals_org_forecast_idx').execute();
  await db.schema
    .createIndex('deals_org_expected_close_date_idx')
    .on('deals')
    .columns(['organization_id', 'expected_close_date'])
    .execute();
  for (const index of [
    'deals_org_assignee_closed_idx',
    'activities_org_assignee_completed_idx',
    'leads_org_converted_at_idx',
  ]) {
    await db.schema.dropIndex(index).execute();
  }
  await db.schema.dropTable('forecast_snapshots').execute();
}
