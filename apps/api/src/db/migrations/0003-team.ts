import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { timestampType } from '../dialect.js';
import { idColumn } from '../schema-helpers.js';
import { createSearchIndex, dropSearchIndex } from '../search-index.js';

const NEWLINE = '\n';

/** Invitations, password-reset tokens, vendors, and search over employees. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const id = idColumn(dialect);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id').onDelete('cascade');

  // Tokens are stored only as SHA-256 hashes; the plain token leaves the server once, in a link.
  await db.schema
    .createTable('invitations')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('invited_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('accepted_at', ts)
    .addColumn('accepted_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('revoked_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('invitations_org_idx')
    .on('invitations')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('password_reset_tokens')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('token_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('expires_at', ts, (c) => c.notNull())
    .addColumn('used_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('password_reset_tokens_user_idx').on('password_reset_tokens').column('user_id').execute();

  await db.schema
    .createTable('vendors')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('company_name', 'varchar(200)')
    .addColumn('email', 'varchar(254)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('vendor_type', 'varchar(30)', (c) => c.notNull().defaultTo('supplier'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('active'))
    .addColumn('website', 'varchar(300)')
    .addColumn('address', 'varchar(500)')
    .addColumn('city', 'varchar(100)')
    .addColumn('state', 'varchar(100)')
    .addColumn('postal_code', 'varchar(20)')
    .addColumn('country', 'varchar(100)')
    .addColumn('payment_terms', 'varchar(200)')
    .addColumn('rating', 'integer')
    .addColumn('notes', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('vendors_org_code_uq', ['organization_id', 'code'])
    .execute();
  for (const column of ['status', 'created_at', 'name']) {
    await db.schema
      .createIndex(`vendors_org_${column}_idx`)
      .on('vendors')
      .columns(['organization_id', column])
      .execute();
  }

  await db.schema
    .alterTable('employees')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .execute();
  for (const column of ['status', 'last_name', 'manager_id']) {
    await db.schema
      .createIndex(`employees_org_${column}_idx`)
      .on('employees')
      .columns(['organization_id', column])
      .execute();
  }
  await db.schema
    .createIndex('audit_logs_org_user_idx')
    .on('audit_logs')
    .columns(['organization_id', 'user_id', 'created_at'])
    .execute();
  // Existing employees become searchable by name and email (the same shape toSearchText writes).
  await sql`update employees set search_text = lower(trim(first_name || ' ' || last_name) || coalesce(${NEWLINE} || email, ''))`.execute(
    db,
  );
  await createSearchIndex(db, dialect, 'vendors');
  await createSearchIndex(db, dialect, 'employees');
}

export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  await dropSearchIndex(db, dialect, 'employees');
  await dropSearchIndex(db, dialect, 'vendors');
  await db.schema.dropIndex('audit_logs_org_user_idx').execute();
  for (const column of ['status', 'last_name', 'manager_id'])
    await db.schema.dropIndex(`employees_org_${column}_idx`).execute();
  await db.schema.alterTable('employees').dropColumn('search_text').execute();
  for (const table of ['vendors', 'password_reset_tokens', 'invitations']) await db.schema.dropTable(table).execute();
}
