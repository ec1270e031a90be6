import type { Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { timestampType } from '../dialect.js';
import { idColumn } from '../schema-helpers.js';

/** The importable resources carry the id a record had in the system it came from. */
export const IMPORTABLE_TABLES = ['customers', 'leads', 'deals', 'vendors', 'employees', 'orders'] as const;

/**
 * Import and export (PRODUCT §6): `external_id` on every importable record; import jobs with their
 * counts, the rows they failed on, and what they wrote (so an undo can put it back).
 */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const id = idColumn(dialect);
  for (const table of IMPORTABLE_TABLES) {
    await db.schema.alterTable(table).addColumn('external_id', 'varchar(200)').execute();
    await db.schema
      .createIndex(`${table}_org_external_id_idx`)
      .on(table)
      .columns(['organization_id', 'external_id'])
      .execute();
  }
  await db.schema
    .createTable('imports')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('resource', 'varchar(20)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull())
    .addColumn('file_name', 'varchar(300)')
    .addColumn('options', 'text', (c) => c.notNull())
    .addColumn('rows_read', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('updated_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('skipped_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('failed_count', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('message', 'text')
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addColumn('finished_at', ts)
    .addColumn('undone_at', ts)
    .execute();
  await db.schema
    .createIndex('imports_org_created_idx')
    .on('imports')
    .columns(['organization_id', 'created_at'])
    .execute();
  await db.schema
    .createTable('import_failures')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('row_number', 'integer', (c) => c.notNull())
    .addColumn('field', 'varchar(200)')
    .addColumn('message', 'text', (c) => c.notNull())
    .addColumn('data', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('import_failures_import_idx')
    .on('import_failures')
    .columns(['organization_id', 'import_id', 'row_number'])
    .execute();
  await db.schema
    .createTable('import_writes')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('import_id', 'integer', (c) => c.notNull().references('imports.id').onDelete('cascade'))
    .addColumn('record_id', 'integer', (c) => c.notNull())
    .addColumn('action', 'varchar(10)', (c) => c.notNull())
    .addColumn('previous', 'text')
    .addColumn('written_at', ts, (c) => c.notNull())
    .addColumn('undone', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema
    .createIndex('import_writes_import_idx')
    .on('import_writes')
    .columns(['organization_id', 'import_id', 'id'])
    .execute();
}

export async function down(db: Kysely<unknown>): Promise<void> {
  for (const table of ['import_writes', 'import_failures', 'imports']) await db.schema.dropTable(table).execute();
  for (const table of IMPORTABLE_TABLES) {
    await db.schema.dropIndex(`${table}_org_external_id_idx`).execute();
    await db.schema.alterTable(table).dropColumn('external_id').execute();
  }
}
