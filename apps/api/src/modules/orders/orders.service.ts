import {
  MAX_MONEY_MINOR,
  ORDER_EDITABLE_STATUSES,
  ORDER_ORDERING,
  can,
  clientOrderSchema,
  formatMoney,
  nextOrderStatuses,
  orderSchema,
  type ClientOrder,
  type Order,
  type OrderSummary,
  type createOrderBodySchema,
  type orderItemInput,
  type orderListQuerySchema,
  type updateOrderBodySchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { OrderItemRow } from '../../db/database.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import { diff, recordAudit, type Changes } from '../../core/audit.js';
import { nextCode } from '../../core/codes.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { AppError, conflict, fieldError, notFound } from '../../core/errors.js';
import { parseOrdering } from '../../core/ordering.js';
import type { PageRequest } from '../../core/pagination.js';
import { createdRange, localDate } from '../../core/periods.js';
import { currentTime, nowIso } from '../../core/time.js';
import { unrestricted, viewerOf, type Viewer } from '../../core/visibility.js';
import { customerVisible, findClientCustomer } from '../customers/customers.service.js';
import { vendorExists } from '../vendors/vendors.service.js';
import { ordersRepository, type OrderFilters, type OrderRecord } from './orders.repository.js';

type CreateInput = z.output<typeof createOrderBodySchema>;
/** Fields a PUT or PATCH sends; omitted ones stay as they are. */
type UpdateInput = Partial<z.output<typeof updateOrderBodySchema>>;
type ItemInput = z.output<typeof orderItemInput>;
type ListQuery = z.output<typeof orderListQuerySchema>;
type FilterQuery = Omit<ListQuery, 'page' | 'page_size' | 'ordering'>;

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => ordersRepository(db, deps.db.dialect);

const isClient = (actor: TenantActor) => actor.tenant.role === 'client';

export function toOrder(row: OrderRecord, items: OrderItemRow[], actor: TenantActor): Order {
  const {
    organization_id: _o,
    search_text: _s,
    subtotal,
    tax_amount,
    discount_amount,
    total_amount,
    amount_paid,
    ...rest
  } = row;
  const total = Number(total_amount);
  const paid = Number(amount_paid);
  return {
    ...rest,
    items: items.map((item) => ({
      product_name: item.product_name,
      sku: item.sku,
      quantity: item.quantity,
      unit_price: formatMoney(Number(item.unit_price)),
      total: formatMoney(Number(item.total)),
    })),
    subtotal: formatMoney(Number(subtotal)),
    tax_amount: formatMoney(Number(tax_amount)),
    discount_amount: formatMoney(Number(discount_amount)),
    total_amount: formatMoney(total),
    amount_paid: formatMoney(paid),
    balance_due: formatMoney(total - paid),
    permissions: {
      update: can(actor.tenant.role, 'orders', 'update'),
      delete: can(actor.tenant.role, 'orders', 'delete'),
    },
  };
}

/** What the caller receives: a Client the client shape, never a staff-only field (PRODUCT §3). */
export const presentOrder = (actor: TenantActor, order: Order): Order | ClientOrder =>
  isClient(actor) ? clientOrderSchema.parse(order) : order;

/** Orders with their items: one query for the orders, one for all their items. */
async function withItems(deps: AppDeps, db: Executor, actor: TenantActor, rows: OrderRecord[]): Promise<Order[]> {
  const items = await repo(deps, db).itemsOf(
    actor.tenant.organizationId,
    rows.map((r) => r.id),
  );
  return rows.map((row) =>
    toOrder(
      row,
      items.filter((item) => item.order_id === row.id),
      actor,
    ),
  );
}

async function findOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<OrderRecord> {
  const row = await repo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

async function readOrder(deps: AppDeps, db: Executor, actor: TenantActor, viewer: Viewer, id: number): Promise<Order> {
  const [order] = await withItems(deps, db, actor, [await findOrThrow(deps, db, viewer, id)]);
  return order as Order;
}

/** The list's query parameters as the repository's filters: a list page's, or an export's. */
export function orderFilters(actor: TenantActor, query: FilterQuery): OrderFilters {
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  return {
    search: query.search?.trim() || undefined,
    status: query.status,
    customerId: query.customer,
    vendorId: query.vendor,
    createdFrom: range.from,
    createdUntil: range.until,
  };
}

export async function listOrders(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, ORDER_ORDERING, { field: 'created_at', direction: 'desc' });
  const filters = orderFilters(actor, query);
  const viewer = viewerOf(actor, 'orders');
  const orders = repo(deps);
  const [rows, count] = await Promise.all([
    orders.list(viewer, filters, ordering, page.limit, page.offset),
    orders.count(viewer, filters),
  ]);
  const results = await withItems(deps, deps.db.kysely, actor, rows);
  return { results: results.map((order) => presentOrder(actor, order)), count };
}

export async function getOrder(deps: AppDeps, actor: TenantActor, id: number): Promise<Order | ClientOrder> {
  return presentOrder(actor, await readOrder(deps, deps.db.kysely, actor, viewerOf(actor, 'orders'), id));
}

interface Totals {
  items: {
    product_name: string;
    sku: string | null;
    quantity: number;
    unit_price: number;
    total: number;
    position: number;
  }[];
  subtotal: number;
  tax_amount: number;
  discount_amount: number;
  total_amount: number;
}

const tooLarge = (field: string) => fieldError(field, 'This amount would exceed 999999999999.99.');

/**
 * PRODUCT §5: item total = quantity × unit price, subtotal = Σ totals, total = subtotal + tax −
 * discount, all in minor units through BigInt so nothing rounds; a discount beyond subtotal + tax
 * and any amount past the money limit are 400s.
 */
export function computeTotals(items: ItemInput[], taxMinor: number, discountMinor: number): Totals {
  let subtotal = 0n;
  const lines = items.map((item, position) => {
    const total = BigInt(item.quantity) * BigInt(item.unit_price);
    if (total > BigInt(MAX_MONEY_MINOR)) throw tooLarge(`items.${position}.quantity`);
    subtotal += total;
    return {
      product_name: item.product_name,
      sku: item.sku ?? null,
      quantity: item.quantity,
      unit_price: item.unit_price,
      total: Number(total),
      position,
    };
  });
  if (subtotal > BigInt(MAX_MONEY_MINOR)) throw tooLarge('items');
  const gross = subtotal + BigInt(taxMinor);
  if (BigInt(discountMinor) > gross)
    throw fieldError('discount_amount', 'The discount cannot be larger than the subtotal plus tax.');
  const total = gross - BigInt(discountMinor);
  if (total > BigInt(MAX_MONEY_MINOR)) throw tooLarge('tax_amount');
  return {
    items: lines,
    subtotal: Number(subtotal),
    tax_amount: taxMinor,
    discount_amount: discountMinor,
    total_amount: Number(total),
  };
}

async function assertReferences(
  deps: AppDeps,
  db: Executor,
  actor: TenantActor,
  input: { customer_id?: number; vendor_id?: number | null },
) {
  if (input.customer_id !== undefined && !(await customerVisible(deps, db, actor, input.customer_id))) {
    throw fieldError('customer_id', `Invalid pk "${input.customer_id}" - object does not exist.`);
  }
  if (input.vendor_id != null && !(await vendorExists(deps, db, actor.tenant.organizationId, input.vendor_id))) {
    throw fieldError('vendor_id', `Invalid pk "${input.vendor_id}" - object does not exist.`);
  }
}

const searchTextOf = (o: { code: string; title?: string | null }) => toSearchText(o.code, o.title);

const audit = (trx: Executor, actor: TenantActor, action: string, id: number, changes: Changes) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType: 'order',
    resourceId: id,
    changes,
    ip: actor.ip,
  });

export function createOrder(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Order> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, orderSchema, async (trx) => {
    await assertReferences(deps, trx, actor, input);
    const totals = computeTotals(input.items ?? [], input.tax_amount ?? 0, input.discount_amount ?? 0);
    const code = await nextCode(trx, organizationId, 'ORD');
    const now = nowIso();
    const orders = repo(deps, trx);
    const id = await orders.create(organizationId, {
      code,
      customer_id: input.customer_id,
      vendor_id: input.vendor_id ?? null,
      title: input.title,
      status: 'draft',
      order_date: input.order_date ?? localDate(new Date(currentTime()), actor.tenant.timeZone),
      expected_delivery: input.expected_delivery ?? null,
      subtotal: totals.subtotal,
      tax_amount: totals.tax_amount,
      discount_amount: totals.discount_amount,
      total_amount: totals.total_amount,
      notes: input.notes ?? null,
      search_text: searchTextOf({ code, title: input.title }),
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    await orders.replaceItems(organizationId, id, totals.items);
    // The row this write has just made: read back whoever may see it afterwards.
    const order = await readOrder(deps, trx, actor, unrestricted(organizationId), id);
    await audit(trx, actor, 'create', id, diff(null, order));
    return order;
  });
}

/**
 * PUT and PATCH. `status` moves one step along the path or to cancelled (409 otherwise); items,
 * amounts and the customer change only while the order is draft or pending, and never so that the
 * total falls below what has been paid (409).
 */
export function updateOrder(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Order> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, orderSchema, async (trx) => {
    const orders = repo(deps, trx);
    const before = await readOrder(deps, trx, actor, viewerOf(actor, 'orders'), id);
    const row = await findOrThrow(deps, trx, unrestricted(organizationId), id);
    if (
      input.status !== undefined &&
      input.status !== before.status &&
      !nextOrderStatuses(before.status).includes(input.status)
    ) {
      const allowed = nextOrderStatuses(before.status).join(', ') || 'none';
      throw conflict(`An order moves one step at a time: from ${before.status} to ${allowed}.`, {
        status: [`Not allowed from ${before.status}.`],
      });
    }
    const changesCustomer = input.customer_id !== undefined && input.customer_id !== before.customer_id;
    const changesTotals =
      input.items !== undefined || input.tax_amount !== undefined || input.discount_amount !== undefined;
    const changesAmounts = changesTotals || changesCustomer;
    if (changesAmounts && !(ORDER_EDITABLE_STATUSES as readonly string[]).includes(before.status)) {
      throw conflict(`Items and amounts can change only while the order is draft or pending; it is ${before.status}.`);
    }
    await assertReferences(deps, trx, actor, input);
    if (changesCustomer && Number(row.amount_paid) > 0) {
      throw conflict('This order has payments from its customer: it cannot move to another customer.');
    }
    const values: Parameters<typeof orders.update>[2] = { updated_at: nowIso() };
    for (const field of [
      'title',
      'customer_id',
      'vendor_id',
      'status',
      'order_date',
      'expected_delivery',
      'notes',
    ] as const) {
      if (input[field] !== undefined) Object.assign(values, { [field]: input[field] });
    }
    if (input.order_date === null) throw fieldError('order_date', 'This field may not be null.');
    if (input.title !== undefined) values.search_text = searchTextOf({ code: before.code, title: input.title });
    if (changesTotals) {
      const items =
        input.items ??
        (await orders.itemsOf(organizationId, [id])).map((i) => ({
          product_name: i.product_name,
          sku: i.sku,
          quantity: i.quantity,
          unit_price: Number(i.unit_price),
        }));
      const totals = computeTotals(
        items,
        input.tax_amount ?? Number(row.tax_amount),
        input.discount_amount ?? Number(row.discount_amount),
      );
      if (totals.total_amount < Number(row.amount_paid)) {
        throw conflict(`The total would fall below the ${formatMoney(Number(row.amount_paid))} already paid.`, {
          total_amount: ['Below the amount already paid.'],
        });
      }
      Object.assign(values, {
        subtotal: totals.subtotal,
        tax_amount: totals.tax_amount,
        discount_amount: totals.discount_amount,
        total_amount: totals.total_amount,
      });
      if (input.items !== undefined) await orders.replaceItems(organizationId, id, totals.items);
    }
    await orders.update(organizationId, id, values);
    const after = await readOrder(deps, trx, actor, unrestricted(organizationId), id);
    await audit(trx, actor, 'update', id, diff(before, after));
    return after;
  });
}

/** Refused with 409 while payments depend on the order; issues about it keep their history. */
export async function deleteOrder(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await readOrder(deps, trx, actor, viewerOf(actor, 'orders'), id);
    const payments = await repo(deps, trx).countPayments(organizationId, id);
    if (payments > 0) {
      const message = `This order has ${payments} payment${payments === 1 ? '' : 's'}. Delete or cancel them first.`;
      throw conflict(message, { payments: [message] });
    }
    await repo(deps, trx).delete(organizationId, id);
    await audit(trx, actor, 'delete', id, diff(before, null));
  });
}

/**
 * A customer's balance over its orders that are not cancelled (PRODUCT §5). Staff name the customer
 * (`?customer=`, one they can see); a Client gets their own customer's.
 */
export async function orderSummary(
  deps: AppDeps,
  actor: TenantActor,
  customerId: number | undefined,
): Promise<OrderSummary> {
  const db = deps.db.kysely;
  let customer = customerId;
  if (isClient(actor)) customer = (await findClientCustomer(deps, db, actor))?.id;
  else if (customer === undefined) throw fieldError('customer', 'This field is required.');
  else if (!(await customerVisible(deps, db, actor, customer)))
    throw fieldError('customer', `Invalid pk "${customer}" - object does not exist.`);
  if (customer === undefined) throw new AppError('permission_denied', 'Your login is not linked to a customer.');
  const row = await repo(deps).summary(viewerOf(actor, 'orders'), customer);
  const total = Number(row.orders_total);
  const paid = Number(row.amount_paid);
  return {
    orders_total: formatMoney(total),
    amount_paid: formatMoney(paid),
    balance_due: formatMoney(total - paid),
    open_orders: Number(row.open_orders),
  };
}

/**
 * For payments and issues: the order `orderId` when the caller can see it and it belongs to
 * `customerId`; undefined otherwise (the caller answers 400 at `order_id`, as for an unknown id).
 */
export async function orderOfCustomer(
  deps: AppDeps,
  db: Executor,
  actor: TenantActor,
  orderId: number,
  customerId: number,
): Promise<{ id: number; code: string } | undefined> {
  const order = await repo(deps, db).findById(viewerOf(actor, 'orders'), orderId);
  return order && order.customer_id === customerId ? { id: order.id, code: order.code } : undefined;
}

/**
 * For completing a payment: locks the order (PostgreSQL row lock, held to the end of `trx`) and
 * reads its total and what is paid, so concurrent completions see each other and cannot overpay.
 */
export async function lockOrderBalance(
  deps: AppDeps,
  trx: Executor,
  organizationId: number,
  orderId: number,
): Promise<{ total: number; paid: number }> {
  const orders = repo(deps, trx);
  await orders.lock(organizationId, orderId);
  const row = await findOrThrow(deps, trx, unrestricted(organizationId), orderId);
  return { total: Number(row.total_amount), paid: Number(row.amount_paid) };
}
