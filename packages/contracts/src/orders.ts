import { z } from 'zod';
import { idFilter, idSchema, optionalText } from './common.js';
import { moneyInput, moneyOutput } from './money.js';
import { auditFields, dateInput, listQueryBase, optionalRef, requiredRef } from './sales-common.js';
import { recordPermissionsSchema } from './work.js';

/** PRODUCT §5: one step along this path at a time, or to `cancelled` from any status but completed. */
export const ORDER_STATUSES = ['draft', 'pending', 'confirmed', 'in_progress', 'completed', 'cancelled'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];
export const ORDER_PATH = ['draft', 'pending', 'confirmed', 'in_progress', 'completed'] as const;
/** Items and amounts change only while the order is one of these. */
export const ORDER_EDITABLE_STATUSES = ['draft', 'pending'] as const;

/** The statuses `from` may move to: a neighbour on the path, or cancelled (never from completed). */
export function nextOrderStatuses(from: OrderStatus): OrderStatus[] {
  if (from === 'cancelled') return [];
  const at = ORDER_PATH.indexOf(from);
  const neighbours = [ORDER_PATH[at - 1], ORDER_PATH[at + 1]].filter((s): s is (typeof ORDER_PATH)[number] => !!s);
  return from === 'completed' ? neighbours : [...neighbours, 'cancelled'];
}

export const orderItemInput = z.object({
  product_name: z.string().trim().min(1).max(200),
  sku: optionalText(100),
  quantity: z.number().int().min(1).max(1_000_000),
  unit_price: moneyInput,
});
export type OrderItemInput = z.input<typeof orderItemInput>;

const items = z.array(orderItemInput).min(1, 'Add at least one item.').max(500);
const orderFields = {
  title: optionalText(200),
  vendor_id: optionalRef,
  expected_delivery: dateInput,
  order_date: dateInput,
  tax_amount: moneyInput.optional(),
  discount_amount: moneyInput.optional(),
  notes: optionalText(10_000),
};
/** PRODUCT §4: an order needs its customer and at least one item. */
export const createOrderBodySchema = z.object({ customer_id: requiredRef, items, ...orderFields });
/** PUT: the required fields again. `status` changes by PATCH alone, one step at a time. */
export const replaceOrderBodySchema = createOrderBodySchema;
export const updateOrderBodySchema = z.object({
  customer_id: requiredRef.optional(),
  items: items.optional(),
  status: z.enum(ORDER_STATUSES).optional(),
  ...orderFields,
});
export type CreateOrderBody = z.input<typeof createOrderBodySchema>;
export type UpdateOrderBody = z.input<typeof updateOrderBodySchema>;

export const orderItemSchema = z.object({
  product_name: z.string(),
  sku: z.string().nullable(),
  quantity: z.number().int(),
  unit_price: moneyOutput,
  total: moneyOutput,
});
export type OrderItem = z.infer<typeof orderItemSchema>;

/** What a Client sees of an order: no vendor, notes or creator (PRODUCT §3). */
export const clientOrderSchema = z.object({
  id: idSchema,
  code: z.string(),
  customer_id: idSchema,
  customer_name: z.string(),
  title: z.string().nullable(),
  status: z.enum(ORDER_STATUSES),
  order_date: z.string(),
  expected_delivery: z.string().nullable(),
  items: z.array(orderItemSchema),
  subtotal: moneyOutput,
  tax_amount: moneyOutput,
  discount_amount: moneyOutput,
  total_amount: moneyOutput,
  amount_paid: moneyOutput,
  balance_due: moneyOutput,
  created_at: z.string(),
  updated_at: z.string(),
  permissions: recordPermissionsSchema.pick({ update: true, delete: true }),
});
export type ClientOrder = z.infer<typeof clientOrderSchema>;

export const orderSchema = clientOrderSchema.extend({
  vendor_id: idSchema.nullable(),
  vendor_name: z.string().nullable(),
  notes: z.string().nullable(),
  ...auditFields,
});
export type Order = z.infer<typeof orderSchema>;

/** Staff get the full order; a Client the client shape. Staff first: a union keeps the first match. */
export const anyOrderSchema = z.union([orderSchema, clientOrderSchema]);

export const ORDER_ORDERING = [
  'code',
  'title',
  'status',
  'order_date',
  'total_amount',
  'created_at',
  'updated_at',
] as const;

export const orderListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(ORDER_STATUSES).optional(),
  customer: idFilter,
  vendor: idFilter,
});

export const orderSummaryQuerySchema = z.object({ customer: idFilter });
/** A customer's balance over its orders that are not cancelled (PRODUCT §5). */
export const orderSummarySchema = z.object({
  orders_total: moneyOutput,
  amount_paid: moneyOutput,
  balance_due: moneyOutput,
  open_orders: z.number().int(),
});
export type OrderSummary = z.infer<typeof orderSummarySchema>;
