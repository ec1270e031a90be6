import { formatMoney, type orderListQuerySchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { pagedExport } from '../../core/csv.js';
import { viewerOf } from '../../core/visibility.js';
import { ordersRepository } from './orders.repository.js';
import { orderFilters } from './orders.service.js';

/**
 * The CSV columns of orders (PRODUCT §6): one row per item, the rows of one order sharing its
 * `order_ref` (its code) and repeating its fields; the customer and vendor by code.
 */
export const ORDER_COLUMNS = [
  'order_ref',
  'external_id',
  'customer',
  'vendor',
  'title',
  'status',
  'order_date',
  'expected_delivery',
  'tax_amount',
  'discount_amount',
  'notes',
  'product_name',
  'sku',
  'quantity',
  'unit_price',
] as const;

const money = (minor: number | string) => formatMoney(Number(minor));

/** The items of the orders of the list's current filters and the caller's visibility, as an export table. */
export function orderExport(deps: AppDeps, actor: TenantActor, query: z.output<typeof orderListQuerySchema>) {
  const repo = ordersRepository(deps.db.kysely, deps.db.dialect);
  const viewer = viewerOf(actor, 'orders');
  const filters = orderFilters(actor, query);
  return pagedExport({
    columns: ORDER_COLUMNS,
    exportPage: (afterId, limit) => repo.exportPage(viewer, filters, afterId, limit),
    cells: (row) => ({
      ...row,
      tax_amount: money(row.tax_amount),
      discount_amount: money(row.discount_amount),
      unit_price: money(row.unit_price),
    }),
  });
}
