import type { AppDeps, TenantActor } from '../../core/context.js';
import { viewerOf } from '../../core/visibility.js';
import type { Executor } from '../../db/connection.js';
import { ordersRepository } from './orders.repository.js';

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => ordersRepository(db, deps.db.dialect);

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
