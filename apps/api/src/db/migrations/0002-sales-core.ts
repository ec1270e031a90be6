import { sql, type ColumnDefinitionBuilder, type Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { timestampType } from '../dialect.js';
import { idColumn } from '../schema-helpers.js';
import { createSearchIndex, dropSearchIndex } from '../search-index.js';

/** Customers, leads, deals and their stage history, activities, per-organization code counters. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const id = idColumn(dialect);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id').onDelete('cascade');

  await db.schema
    .createTable('code_counters')
    .addColumn('organization_id', 'integer', org)
    .addColumn('prefix', 'varchar(10)', (c) => c.notNull())
    .addColumn('last_value', 'integer', (c) => c.notNull())
    .addPrimaryKeyConstraint('code_counters_pk', ['organization_id', 'prefix'])
    .execute();

  await db.schema
    .createTable('customers')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('name', 'varchar(200)', (c) => c.notNull())
    .addColumn('first_name', 'varchar(150)')
    .addColumn('last_name', 'varchar(150)')
    .addColumn('email', 'varchar(254)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('company_name', 'varchar(200)')
    .addColumn('customer_type', 'varchar(20)', (c) => c.notNull().defaultTo('individual'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('active'))
    .addColumn('address', 'varchar(500)')
    .addColumn('city', 'varchar(100)')
    .addColumn('state', 'varchar(100)')
    .addColumn('postal_code', 'varchar(20)')
    .addColumn('country', 'varchar(100)')
    .addColumn('website', 'varchar(300)')
    .addColumn('industry', 'varchar(100)')
    .addColumn('notes', 'text')
    .addColumn('assigned_to', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('converted_from_lead_id', 'integer')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('customers_org_code_uq', ['organization_id', 'code'])
    .execute();
  for (const column of ['status', 'created_at', 'assigned_to', 'name']) {
    await db.schema
      .createIndex(`customers_org_${column}_idx`)
      .on('customers')
      .columns(['organization_id', column])
      .execute();
  }

  await db.schema
    .createTable('leads')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('first_name', 'varchar(150)')
    .addColumn('last_name', 'varchar(150)')
    .addColumn('email', 'varchar(254)')
    .addColumn('phone', 'varchar(50)')
    .addColumn('company', 'varchar(200)')
    .addColumn('job_title', 'varchar(150)')
    .addColumn('source', 'varchar(20)', (c) => c.notNull().defaultTo('other'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('new'))
    .addColumn('score', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('estimated_value', 'bigint')
    .addColumn('assigned_to', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('converted_to_customer_id', 'integer', (c) => c.references('customers.id').onDelete('set null'))
    .addColumn('converted_at', ts)
    .addColumn('notes', 'text')
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('leads_org_code_uq', ['organization_id', 'code'])
    .execute();
  for (const column of ['status', 'created_at', 'assigned_to', 'score', 'source']) {
    await db.schema.createIndex(`leads_org_${column}_idx`).on('leads').columns(['organization_id', column]).execute();
  }

  // Deals point at their customer, pipeline and stage without cascading: the services refuse
  // those deletes with 409 while deals depend on them (organization deletion cascades to all).
  await db.schema
    .createTable('deals')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('title', 'varchar(200)', (c) => c.notNull())
    .addColumn('customer_id', 'integer', (c) => c.notNull().references('customers.id'))
    .addColumn('value', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('pipeline_id', 'integer', (c) => c.notNull().references('pipelines.id'))
    .addColumn('stage_id', 'integer', (c) => c.notNull().references('pipeline_stages.id'))
    .addColumn('probability', 'integer')
    .addColumn('expected_close_date', 'date')
    .addColumn('assigned_to', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('lost_reason', 'varchar(1000)')
    .addColumn('description', 'text')
    .addColumn('stage_entered_at', ts, (c) => c.notNull())
    .addColumn('closed_at', ts)
    .addColumn('custom_fields', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('tags', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('deals_org_code_uq', ['organization_id', 'code'])
    .execute();
  // Serves the board: cards in stage order, and (covering value and probability) the per-stage
  // totals without reading the table.
  await db.schema
    .createIndex('deals_board_idx')
    .on('deals')
    .columns(['organization_id', 'pipeline_id', 'stage_id', 'stage_entered_at', 'value', 'probability'])
    .execute();
  for (const column of ['customer_id', 'created_at', 'assigned_to', 'closed_at', 'expected_close_date']) {
    await db.schema.createIndex(`deals_org_${column}_idx`).on('deals').columns(['organization_id', column]).execute();
  }

  await db.schema
    .createTable('deal_stage_history')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('deal_id', 'integer', (c) => c.notNull().references('deals.id').onDelete('cascade'))
    .addColumn('from_stage_id', 'integer', (c) => c.references('pipeline_stages.id').onDelete('set null'))
    .addColumn('from_stage_name', 'varchar(100)')
    .addColumn('to_stage_id', 'integer', (c) => c.references('pipeline_stages.id').onDelete('set null'))
    .addColumn('to_stage_name', 'varchar(100)', (c) => c.notNull())
    .addColumn('to_stage_kind', 'varchar(10)', (c) => c.notNull())
    .addColumn('changed_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('changed_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('deal_stage_history_deal_idx')
    .on('deal_stage_history')
    .columns(['organization_id', 'deal_id', 'changed_at'])
    .execute();

  await db.schema
    .createTable('activities')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('type', 'varchar(20)', (c) => c.notNull())
    .addColumn('subject', 'varchar(300)', (c) => c.notNull())
    .addColumn('body', 'text')
    .addColumn('customer_id', 'integer', (c) => c.references('customers.id').onDelete('cascade'))
    .addColumn('lead_id', 'integer', (c) => c.references('leads.id').onDelete('cascade'))
    .addColumn('deal_id', 'integer', (c) => c.references('deals.id').onDelete('cascade'))
    .addColumn('due_at', ts)
    .addColumn('completed_at', ts)
    .addColumn('assigned_to', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addCheckConstraint(
      'activities_one_link_ck',
      sql`(case when customer_id is null then 0 else 1 end + case when lead_id is null then 0 else 1 end + case when deal_id is null then 0 else 1 end) = 1`,
    )
    .execute();
  for (const column of ['customer_id', 'lead_id', 'deal_id']) {
    await db.schema
      .createIndex(`activities_org_${column}_idx`)
      .on('activities')
      .columns(['organization_id', column, 'created_at'])
      .execute();
  }
  await db.schema
    .createIndex('activities_org_assigned_due_idx')
    .on('activities')
    .columns(['organization_id', 'assigned_to', 'due_at'])
    .execute();
  await db.schema
    .createIndex('activities_org_created_idx')
    .on('activities')
    .columns(['organization_id', 'created_at'])
    .execute();

  await db.schema
    .createIndex('audit_logs_resource_idx')
    .on('audit_logs')
    .columns(['organization_id', 'resource_type', 'resource_id', 'created_at'])
    .execute();

  for (const table of ['customers', 'leads', 'deals', 'activities']) await createSearchIndex(db, dialect, table);
}

export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (const table of ['customers', 'leads', 'deals', 'activities']) await dropSearchIndex(db, dialect, table);
  await db.schema.dropIndex('audit_logs_resource_idx').execute();
  for (const table of ['activities', 'deal_stage_history', 'deals', 'leads', 'customers', 'code_counters']) {
    await db.schema.dropTable(table).execute();
  }
}
