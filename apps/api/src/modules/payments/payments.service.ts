import {
  PAYMENT_ACTIONS,
  PAYMENT_ORDERING,
  can,
  clientPaymentSchema,
  formatMoney,
  paymentSchema,
  type ClientPayment,
  type Payment,
  type PaymentAction,
  type createPaymentBodySchema,
  type paymentListQuerySchema,
  type updatePaymentBodySchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import { diff, recordAudit, type Changes } from '../../core/audit.js';
import { nextCode } from '../../core/codes.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, fieldError, notFound } from '../../core/errors.js';
import { parseOrdering } from '../../core/ordering.js';
import type { PageRequest } from '../../core/pagination.js';
import { createdRange } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { unrestricted, viewerOf, type Viewer } from '../../core/visibility.js';
import { customerVisible } from '../customers/customers.service.js';
import { lockOrderBalance, orderOfCustomer } from '../orders/orders.service.js';
import { paymentsRepository, type PaymentRecord } from './payments.repository.js';

type CreateInput = z.output<typeof createPaymentBodySchema>;
/** Fields a PUT or PATCH sends; omitted ones stay as they are. */
type UpdateInput = Partial<z.output<typeof updatePaymentBodySchema>>;
type ListQuery = z.output<typeof paymentListQuerySchema>;

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => paymentsRepository(db, deps.db.dialect);

export function toPayment(row: PaymentRecord, actor: TenantActor): Payment {
  const { organization_id: _o, search_text: _s, amount, ...rest } = row;
  return {
    ...rest,
    amount: formatMoney(Number(amount)),
    permissions: {
      update: can(actor.tenant.role, 'payments', 'update'),
      delete: can(actor.tenant.role, 'payments', 'delete'),
    },
  };
}

/** What the caller receives: a Client the client shape, never notes or the creator (PRODUCT §3). */
const present = (actor: TenantActor, payment: Payment): Payment | ClientPayment =>
  actor.tenant.role === 'client' ? clientPaymentSchema.parse(payment) : payment;

async function findOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<PaymentRecord> {
  const row = await repo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

export async function listPayments(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, PAYMENT_ORDERING, { field: 'created_at', direction: 'desc' });
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  const filters = {
    search: query.search?.trim() || undefined,
    status: query.status,
    method: query.method,
    customerId: query.customer,
    orderId: query.order,
    createdFrom: range.from,
    createdUntil: range.until,
  };
  const viewer = viewerOf(actor, 'payments');
  const payments = repo(deps);
  const [rows, count] = await Promise.all([
    payments.list(viewer, filters, ordering, page.limit, page.offset),
    payments.count(viewer, filters),
  ]);
  return { results: rows.map((row) => present(actor, toPayment(row, actor))), count };
}

export async function getPayment(deps: AppDeps, actor: TenantActor, id: number): Promise<Payment | ClientPayment> {
  return present(actor, toPayment(await findOrThrow(deps, deps.db.kysely, viewerOf(actor, 'payments'), id), actor));
}

/** The customer must be visible and the order, when given, one of that customer's (else 400s). */
async function assertReferences(
  deps: AppDeps,
  db: Executor,
  actor: TenantActor,
  customerId: number,
  orderId: number | null | undefined,
) {
  if (!(await customerVisible(deps, db, actor, customerId))) {
    throw fieldError('customer_id', `Invalid pk "${customerId}" - object does not exist.`);
  }
  if (orderId != null && !(await orderOfCustomer(deps, db, actor, orderId, customerId))) {
    throw fieldError('order_id', "Choose one of this customer's orders.");
  }
}

/**
 * Completing a payment never overpays its order (PRODUCT §5): the check runs under a lock on the
 * order, so two completions at the same time cannot both pass it.
 */
async function assertNoOverpayment(
  deps: AppDeps,
  trx: Executor,
  organizationId: number,
  orderId: number | null,
  amount: number,
) {
  if (orderId === null) return;
  const { total, paid } = await lockOrderBalance(deps, trx, organizationId, orderId);
  if (paid + amount > total) {
    const message = `This payment would overpay the order: ${formatMoney(total - paid)} is still due.`;
    throw conflict(message, { amount: [message] });
  }
}

const searchTextOf = (p: { code: string; invoice_number?: string | null; reference?: string | null }) =>
  toSearchText(p.code, p.invoice_number, p.reference);

const audit = (trx: Executor, actor: TenantActor, action: string, id: number, changes: Changes) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType: 'payment',
    resourceId: id,
    changes,
    ip: actor.ip,
  });

/** A payment starts pending, or completed when the body asks for it (with the overpayment check). */
export function createPayment(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Payment> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, paymentSchema, async (trx) => {
    await assertReferences(deps, trx, actor, input.customer_id, input.order_id);
    const status = input.status ?? 'pending';
    if (status === 'completed')
      await assertNoOverpayment(deps, trx, organizationId, input.order_id ?? null, input.amount);
    const code = await nextCode(trx, organizationId, 'PAY');
    const now = nowIso();
    const id = await repo(deps, trx).create(organizationId, {
      code,
      customer_id: input.customer_id,
      order_id: input.order_id ?? null,
      invoice_number: input.invoice_number ?? null,
      amount: input.amount,
      method: input.method ?? 'bank_transfer',
      status,
      payment_date: input.payment_date ?? null,
      due_date: input.due_date ?? null,
      reference: input.reference ?? null,
      notes: input.notes ?? null,
      search_text: searchTextOf({ code, ...input }),
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    const payment = toPayment(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await audit(trx, actor, 'create', id, diff(null, payment));
    return payment;
  });
}

/**
 * PUT and PATCH: never the status (actions do that). The amount, customer and order change only
 * while the payment is pending: afterwards they are part of what was paid.
 */
export function updatePayment(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Payment> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, paymentSchema, async (trx) => {
    const before = await findOrThrow(deps, trx, viewerOf(actor, 'payments'), id);
    const moves = (['amount', 'customer_id', 'order_id'] as const).filter(
      (f) => input[f] !== undefined && input[f] !== (f === 'amount' ? Number(before.amount) : before[f]),
    );
    if (moves.length > 0 && before.status !== 'pending') {
      throw conflict(`The ${moves.join(', ')} of a ${before.status} payment cannot change.`);
    }
    const customerId = input.customer_id ?? before.customer_id;
    const orderId = input.order_id === undefined ? before.order_id : input.order_id;
    if (moves.length > 0) await assertReferences(deps, trx, actor, customerId, orderId);
    const values = Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
    const merged = { ...before, ...values };
    await repo(deps, trx).update(organizationId, id, {
      ...values,
      search_text: searchTextOf(merged),
      updated_at: nowIso(),
    });
    const after = toPayment(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await audit(trx, actor, 'update', id, diff(toPayment(before, actor), after));
    return after;
  });
}

/** process, mark_failed, refund or cancel (PRODUCT §5); any other move is a 409. */
export function paymentAction(deps: AppDeps, actor: TenantActor, id: number, action: PaymentAction): Promise<Payment> {
  const organizationId = actor.tenant.organizationId;
  const { from, to } = PAYMENT_ACTIONS[action];
  return sealedTransaction(deps.db.kysely, paymentSchema, async (trx) => {
    const before = await findOrThrow(deps, trx, viewerOf(actor, 'payments'), id);
    if (!(from as readonly string[]).includes(before.status)) {
      throw conflict(`A ${before.status} payment cannot be ${to}; only a ${from.join(' or ')} one can.`);
    }
    if (to === 'completed')
      await assertNoOverpayment(deps, trx, organizationId, before.order_id, Number(before.amount));
    await repo(deps, trx).update(organizationId, id, { status: to, updated_at: nowIso() });
    const after = toPayment(await findOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await audit(trx, actor, action, id, diff(toPayment(before, actor), after));
    return after;
  });
}

/** A completed payment is part of the books: refund it rather than delete it (409). */
export async function deletePayment(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findOrThrow(deps, trx, viewerOf(actor, 'payments'), id);
    if (before.status === 'completed') throw conflict('A completed payment cannot be deleted: refund it instead.');
    await repo(deps, trx).delete(organizationId, id);
    await audit(trx, actor, 'delete', id, diff(toPayment(before, actor), null));
  });
}
