import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { timestampType } from '../dialect.js';
import { idColumn } from '../schema-helpers.js';

/** Users, tokens, organizations, memberships, employees, pipelines, audit logs, rate limits, meta. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const id = idColumn(dialect);

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', id)
    .addColumn('username', 'varchar(150)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)', (c) => c.notNull())
    .addColumn('password_hash', 'varchar(255)', (c) => c.notNull())
    .addColumn('first_name', 'varchar(150)')
    .addColumn('last_name', 'varchar(150)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('title', 'varchar(150)')
    .addColumn('timezone', 'varchar(64)', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('is_active', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('default_organization_id', 'integer')
    .addColumn('last_login_at', ts)
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  // Usernames and emails are unique compared case-insensitively.
  await db.schema
    .createIndex('users_username_lower_uq')
    .on('users')
    .unique()
    .expression(sql`lower(username)`)
    .execute();
  await db.schema
    .createIndex('users_email_lower_uq')
    .on('users')
    .unique()
    .expression(sql`lower(email)`)
    .execute();

  await db.schema
    .createTable('tokens')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('key_hash', 'varchar(64)', (c) => c.notNull().unique())
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('last_used_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('tokens_user_idx').on('tokens').column('user_id').execute();

  await db.schema
    .createTable('organizations')
    .addColumn('id', 'integer', id)
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('slug', 'varchar(220)', (c) => c.notNull().unique())
    .addColumn('industry', 'varchar(100)')
    .addColumn('website', 'varchar(300)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('email', 'varchar(254)')
    .addColumn('address', 'varchar(500)')
    .addColumn('city', 'varchar(100)')
    .addColumn('state', 'varchar(100)')
    .addColumn('postal_code', 'varchar(20)')
    .addColumn('country', 'varchar(100)')
    .addColumn('currency', 'varchar(3)', (c) => c.notNull().defaultTo('USD'))
    .addColumn('timezone', 'varchar(64)', (c) => c.notNull().defaultTo('UTC'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();

  if (dialect === 'postgres') {
    // SQLite cannot add a foreign key to an existing table; there the link is kept by the services.
    await sql`alter table users add constraint users_default_org_fk foreign key (default_organization_id)
      references organizations(id) on delete set null`.execute(db);
  }

  await db.schema
    .createTable('memberships')
    .addColumn('id', 'integer', id)
    .addColumn('user_id', 'integer', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('role', 'varchar(20)', (c) => c.notNull())
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('active'))
    .addColumn('joined_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('memberships_user_org_uq', ['user_id', 'organization_id'])
    .execute();
  await db.schema.createIndex('memberships_org_idx').on('memberships').columns(['organization_id', 'role']).execute();
  // Exactly one Owner per organization, enforced by the database as well as the service.
  await db.schema
    .createIndex('memberships_one_owner_uq')
    .on('memberships')
    .column('organization_id')
    .unique()
    .where(sql.ref('role'), '=', 'owner')
    .execute();

  await db.schema
    .createTable('employees')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('first_name', 'varchar(150)', (c) => c.notNull())
    .addColumn('last_name', 'varchar(150)', (c) => c.notNull())
    .addColumn('email', 'varchar(254)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('department', 'varchar(100)')
    .addColumn('position', 'varchar(100)')
    .addColumn('hire_date', 'date')
    .addColumn('manager_id', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('active'))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('employees_org_user_uq', ['organization_id', 'user_id'])
    .execute();

  await db.schema
    .createTable('pipelines')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('is_default', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema.createIndex('pipelines_org_idx').on('pipelines').column('organization_id').execute();
  await db.schema
    .createIndex('pipelines_one_default_uq')
    .on('pipelines')
    .column('organization_id')
    .unique()
    .where(sql.ref('is_default'), '=', sql.lit(true))
    .execute();

  await db.schema
    .createTable('pipeline_stages')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.notNull().references('organizations.id').onDelete('cascade'))
    .addColumn('pipeline_id', 'integer', (c) => c.notNull().references('pipelines.id').onDelete('cascade'))
    .addColumn('name', 'varchar(100)', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('probability', 'integer', (c) => c.notNull())
    .addColumn('kind', 'varchar(10)', (c) => c.notNull().defaultTo('open'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('pipeline_stages_pipeline_idx')
    .on('pipeline_stages')
    .columns(['organization_id', 'pipeline_id', 'sort_order'])
    .execute();

  await db.schema
    .createTable('audit_logs')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', (c) => c.references('organizations.id').onDelete('cascade'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('action', 'varchar(40)', (c) => c.notNull())
    .addColumn('resource_type', 'varchar(40)', (c) => c.notNull())
    .addColumn('resource_id', 'integer')
    .addColumn('changes', 'text')
    .addColumn('ip', 'varchar(64)')
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('audit_logs_org_created_idx')
    .on('audit_logs')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createTable('rate_limits')
    .addColumn('key', 'varchar(300)', (c) => c.primaryKey())
    .addColumn('count', 'integer', (c) => c.notNull())
    .addColumn('window_started_at', ts, (c) => c.notNull())
    .addColumn('blocked_until', ts)
    .execute();

  await db.schema
    .createTable('meta')
    .addColumn('key', 'varchar(100)', (c) => c.primaryKey())
    .addColumn('value', 'text', (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .execute();
}

export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  if (dialect === 'postgres') await sql`alter table users drop constraint users_default_org_fk`.execute(db);
  for (const table of [
    'meta',
    'rate_limits',
    'audit_logs',
    'pipeline_stages',
    'pipelines',
    'employees',
    'memberships',
    'organizations',
    'tokens',
    'users',
  ]) {
    await db.schema.dropTable(table).execute();
  }
}
