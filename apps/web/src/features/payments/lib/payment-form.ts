import { z } from 'zod';
import { PAYMENT_METHODS, parseMoney, requiredDate, requiredRef, type CreatePaymentBody } from '@crm/contracts';

const AMOUNT_MESSAGE = 'Enter an amount above zero with at most two decimals, e.g. 150 or 150.50.';
const optional = (max: number) => z.string().trim().max(max);

/**
 * The record-payment form as its inputs hold it (text), checked with the contract's rules. The
 * amount stays the typed decimal string: the API parses it into minor units on its side.
 */
export const paymentFormSchema = z.object({
  customer_id: requiredRef,
  order_id: z.string(),
  amount: z
    .string()
    .trim()
    .refine((text) => (parseMoney(text) ?? 0) > 0, AMOUNT_MESSAGE),
  payment_date: requiredDate,
  method: z.enum(PAYMENT_METHODS),
  is_received: z.boolean(),
  reference: optional(200),
  invoice_number: optional(100),
  notes: optional(10_000),
});

export type PaymentFormValues = z.input<typeof paymentFormSchema>;
export type PaymentFormOutput = z.output<typeof paymentFormSchema>;

export interface PaymentPrefill {
  customer?: { id: number; name: string };
  order?: { id: number; code: string; balance_due: string };
}

export function emptyPaymentForm(today: string, prefill: PaymentPrefill = {}): PaymentFormValues {
  const balance = prefill.order ? parseMoney(prefill.order.balance_due) : null;
  return {
    customer_id: prefill.customer?.id as number,
    order_id: prefill.order ? String(prefill.order.id) : '',
    amount: prefill.order && balance !== null && balance > 0 ? prefill.order.balance_due : '',
    payment_date: today,
    method: 'bank_transfer',
    is_received: true,
    reference: '',
    invoice_number: '',
    notes: '',
  };
}

const orNull = (text: string) => (text === '' ? null : text);

/** A received payment is created `completed` (it counts towards the order at once); else `pending`. */
export function toCreatePaymentBody(values: PaymentFormOutput): CreatePaymentBody {
  return {
    customer_id: values.customer_id,
    order_id: values.order_id === '' ? null : Number(values.order_id),
    amount: values.amount,
    payment_date: values.payment_date,
    method: values.method,
    status: values.is_received ? 'completed' : 'pending',
    reference: orNull(values.reference),
    invoice_number: orNull(values.invoice_number),
    notes: orNull(values.notes),
  };
}
