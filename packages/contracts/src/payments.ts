import { z } from 'zod';
import { idFilter, idSchema, optionalText } from './common.js';
import { moneyInput, moneyOutput } from './money.js';
import { auditFields, dateInput, listQueryBase, optionalRef, requiredDate, requiredRef } from './sales-common.js';
import { recordPermissionsSchema } from './work.js';

export const PAYMENT_METHODS = [
  'bank_transfer',
  'credit_card',
  'debit_card',
  'check',
  'cash',
  'paypal',
  'stripe',
  'other',
] as const;
export type PaymentMethod = (typeof PAYMENT_METHODS)[number];
export const PAYMENT_STATUSES = ['pending', 'processing', 'completed', 'failed', 'refunded', 'cancelled'] as const;
export type PaymentStatus = (typeof PAYMENT_STATUSES)[number];

/** The actions of PRODUCT §5 and the statuses each starts from. */
export const PAYMENT_ACTIONS = {
  process: { from: ['pending', 'processing'], to: 'completed' },
  mark_failed: { from: ['pending', 'processing'], to: 'failed' },
  refund: { from: ['completed'], to: 'refunded' },
  cancel: { from: ['pending'], to: 'cancelled' },
} as const satisfies Record<string, { from: readonly PaymentStatus[]; to: PaymentStatus }>;
export type PaymentAction = keyof typeof PAYMENT_ACTIONS;

const positiveMoney = moneyInput.refine((minor) => minor > 0, 'Ensure this value is greater than 0.');

/** PRODUCT §4: a payment needs its customer, an amount above zero and its date. */
const paymentDate = requiredDate;
const paymentFields = {
  order_id: optionalRef,
  invoice_number: optionalText(100),
  method: z.enum(PAYMENT_METHODS).optional(),
  due_date: dateInput,
  reference: optionalText(200),
  notes: optionalText(10_000),
};

/** Status is read-only after create; at create it is `pending` or, when asked, `completed`. */
export const createPaymentBodySchema = z.object({
  customer_id: requiredRef,
  amount: positiveMoney,
  payment_date: paymentDate,
  status: z.enum(['pending', 'completed']).optional(),
  ...paymentFields,
});
export const replacePaymentBodySchema = z.object({
  customer_id: requiredRef,
  amount: positiveMoney,
  payment_date: paymentDate,
  ...paymentFields,
});
export const updatePaymentBodySchema = z.object({
  customer_id: requiredRef.optional(),
  amount: positiveMoney.optional(),
  payment_date: paymentDate.optional(),
  ...paymentFields,
});
export type CreatePaymentBody = z.input<typeof createPaymentBodySchema>;
export type UpdatePaymentBody = z.input<typeof updatePaymentBodySchema>;

/** What a Client sees of a payment: no notes or creator (PRODUCT §3). */
export const clientPaymentSchema = z.object({
  id: idSchema,
  code: z.string(),
  customer_id: idSchema,
  customer_name: z.string(),
  order_id: idSchema.nullable(),
  order_code: z.string().nullable(),
  invoice_number: z.string().nullable(),
  amount: moneyOutput,
  method: z.enum(PAYMENT_METHODS),
  status: z.enum(PAYMENT_STATUSES),
  payment_date: z.string(),
  due_date: z.string().nullable(),
  reference: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  permissions: recordPermissionsSchema.pick({ update: true, delete: true }),
});
export type ClientPayment = z.infer<typeof clientPaymentSchema>;

export const paymentSchema = clientPaymentSchema.extend({ notes: z.string().nullable(), ...auditFields });
export type Payment = z.infer<typeof paymentSchema>;
export const anyPaymentSchema = z.union([paymentSchema, clientPaymentSchema]);

export const PAYMENT_ORDERING = [
  'code',
  'amount',
  'status',
  'payment_date',
  'due_date',
  'created_at',
  'updated_at',
] as const;

export const paymentListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(PAYMENT_STATUSES).optional(),
  method: z.enum(PAYMENT_METHODS).optional(),
  customer: idFilter,
  order: idFilter,
});
