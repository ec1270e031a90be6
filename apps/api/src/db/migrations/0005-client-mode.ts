import type { ColumnDefinitionBuilder, Kysely } from 'kysely';
import type { Dialect } from '../connection.js';
import { timestampType } from '../dialect.js';
import { idColumn } from '../schema-helpers.js';
import { createSearchIndex, dropSearchIndex } from '../search-index.js';

/** Client mode: orders with their items, payments, support issues and their comments. */
export async function up(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  const ts = timestampType(dialect);
  const id = idColumn(dialect);
  const org = (c: ColumnDefinitionBuilder) => c.notNull().references('organizations.id').onDelete('cascade');
  // Deleting a customer, order or vendor with dependants is refused by the service (409 naming
  // them), so these references never cascade.
  const customer = (c: ColumnDefinitionBuilder) => c.notNull().references('customers.id');
  const indexes = async (table: string, columns: string[]) => {
    for (const column of columns) {
      await db.schema
        .createIndex(`${table}_org_${column}_idx`)
        .on(table)
        .columns(['organization_id', column])
        .execute();
    }
  };

  await db.schema
    .createTable('orders')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('customer_id', 'integer', customer)
    .addColumn('vendor_id', 'integer', (c) => c.references('vendors.id'))
    .addColumn('title', 'varchar(200)')
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('draft'))
    .addColumn('order_date', 'date', (c) => c.notNull())
    .addColumn('expected_delivery', 'date')
    .addColumn('subtotal', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('tax_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('discount_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('total_amount', 'bigint', (c) => c.notNull().defaultTo(0))
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('orders_org_code_uq', ['organization_id', 'code'])
    .execute();
  await indexes('orders', ['created_at', 'customer_id', 'vendor_id', 'status', 'order_date']);
  await createSearchIndex(db, dialect, 'orders');

  await db.schema
    .createTable('order_items')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('order_id', 'integer', (c) => c.notNull().references('orders.id').onDelete('cascade'))
    .addColumn('position', 'integer', (c) => c.notNull())
    .addColumn('product_name', 'varchar(200)', (c) => c.notNull())
    .addColumn('sku', 'varchar(100)')
    .addColumn('quantity', 'integer', (c) => c.notNull())
    .addColumn('unit_price', 'bigint', (c) => c.notNull())
    .addColumn('total', 'bigint', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('order_items_order_idx')
    .on('order_items')
    .columns(['organization_id', 'order_id', 'position'])
    .execute();

  await db.schema
    .createTable('payments')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('customer_id', 'integer', customer)
    .addColumn('order_id', 'integer', (c) => c.references('orders.id'))
    .addColumn('invoice_number', 'varchar(100)')
    .addColumn('amount', 'bigint', (c) => c.notNull())
    .addColumn('method', 'varchar(20)', (c) => c.notNull().defaultTo('bank_transfer'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('pending'))
    .addColumn('payment_date', 'date', (c) => c.notNull())
    .addColumn('due_date', 'date')
    .addColumn('reference', 'varchar(200)')
    .addColumn('notes', 'text')
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('payments_org_code_uq', ['organization_id', 'code'])
    .execute();
  await indexes('payments', ['created_at', 'customer_id', 'status', 'payment_date']);
  // amount_paid of an order: the sum of its completed payments, read off this index.
  await db.schema
    .createIndex('payments_org_order_status_idx')
    .on('payments')
    .columns(['organization_id', 'order_id', 'status', 'amount'])
    .execute();
  await createSearchIndex(db, dialect, 'payments');

  await db.schema
    .createTable('issues')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('code', 'varchar(20)', (c) => c.notNull())
    .addColumn('customer_id', 'integer', customer)
    .addColumn('order_id', 'integer', (c) => c.references('orders.id').onDelete('set null'))
    .addColumn('title', 'varchar(300)', (c) => c.notNull())
    .addColumn('description', 'text')
    .addColumn('priority', 'varchar(10)', (c) => c.notNull().defaultTo('medium'))
    .addColumn('category', 'varchar(20)', (c) => c.notNull().defaultTo('general'))
    .addColumn('status', 'varchar(20)', (c) => c.notNull().defaultTo('open'))
    .addColumn('assigned_to', 'integer', (c) => c.references('employees.id').onDelete('set null'))
    .addColumn('raised_by_client', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('resolved_at', ts)
    .addColumn('resolution_notes', 'text')
    .addColumn('first_response_due_at', ts, (c) => c.notNull())
    .addColumn('first_responded_at', ts)
    .addColumn('search_text', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('created_by', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('created_at', ts, (c) => c.notNull())
    .addColumn('updated_at', ts, (c) => c.notNull())
    .addUniqueConstraint('issues_org_code_uq', ['organization_id', 'code'])
    .execute();
  await indexes('issues', ['created_at', 'customer_id', 'order_id', 'status', 'assigned_to', 'first_response_due_at']);
  await createSearchIndex(db, dialect, 'issues');

  await db.schema
    .createTable('issue_comments')
    .addColumn('id', 'integer', id)
    .addColumn('organization_id', 'integer', org)
    .addColumn('issue_id', 'integer', (c) => c.notNull().references('issues.id').onDelete('cascade'))
    .addColumn('author_user_id', 'integer', (c) => c.references('users.id').onDelete('set null'))
    .addColumn('author_name', 'varchar(300)', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('is_internal', 'boolean', (c) => c.notNull().defaultTo(false))
    .addColumn('is_staff', 'boolean', (c) => c.notNull().defaultTo(true))
    .addColumn('created_at', ts, (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('issue_comments_issue_idx')
    .on('issue_comments')
    .columns(['organization_id', 'issue_id', 'created_at'])
    .execute();
}

export async function down(db: Kysely<unknown>, dialect: Dialect): Promise<void> {
  for (const table of ['issues', 'payments', 'orders']) await dropSearchIndex(db, dialect, table);
  for (const table of ['issue_comments', 'issues', 'payments', 'order_items', 'orders'])
    await db.schema.dropTable(table).execute();
}
