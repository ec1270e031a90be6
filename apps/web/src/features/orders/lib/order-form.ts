import type { Path } from 'react-hook-form';
import { z } from 'zod';
import {
  ORDER_EDITABLE_STATUSES,
  isCalendarDate,
  requiredRef,
  type CreateOrderBody,
  type Order,
  type OrderStatus,
  type UpdateOrderBody,
} from '@crm/contracts';
import { computeOrderTotals, parseMinor, parseQuantity } from './order-totals';

const MONEY_MESSAGE = 'Enter an amount such as 19.99 (two decimals at most).';
const QUANTITY_MESSAGE = 'Enter a whole number from 1 to 1,000,000.';
const DATE_MESSAGE = 'Enter a real date.';
const MAX_ITEMS = 500;

const optionalDate = z.string().refine((text) => text === '' || isCalendarDate(text), DATE_MESSAGE);
const optionalMoney = z.string().refine((text) => parseMinor(text, true) !== null, MONEY_MESSAGE);

export const orderItemFormSchema = z.object({
  product_name: z.string().trim().min(1, 'Name the product.').max(200),
  sku: z.string().trim().max(100),
  quantity: z.string().refine((text) => parseQuantity(text) !== null, QUANTITY_MESSAGE),
  unit_price: z.string().refine((text) => parseMinor(text) !== null, MONEY_MESSAGE),
});

/**
 * The order page's form as its inputs hold it (text), checked with the contract's rules before
 * anything is sent. Money stays the typed decimal string: the API parses it into minor units itself.
 */
export const orderFormSchema = z
  .object({
    customer_id: requiredRef,
    title: z.string().trim().max(200),
    vendor_id: z.string(),
    order_date: optionalDate,
    expected_delivery: optionalDate,
    tax_amount: optionalMoney,
    discount_amount: optionalMoney,
    notes: z.string().max(10_000),
    items: z.array(orderItemFormSchema).min(1, 'Add at least one item.').max(MAX_ITEMS),
  })
  .superRefine((values, ctx) => {
    if (computeOrderTotals(values).isDiscountTooLarge) {
      ctx.addIssue({
        code: 'custom',
        path: ['discount_amount'],
        message: 'The discount cannot be larger than the subtotal plus tax.',
      });
    }
  });

export type OrderFormValues = z.input<typeof orderFormSchema>;
export type OrderFormOutput = z.output<typeof orderFormSchema>;
export type OrderItemFormValues = OrderFormValues['items'][number];

export const EMPTY_ITEM: OrderItemFormValues = { product_name: '', sku: '', quantity: '1', unit_price: '' };

/** Every input the API's field errors may name, nested item fields included (`items.0.quantity`). */
export const ORDER_FORM_FIELDS: readonly Path<OrderFormValues>[] = [
  'customer_id',
  'title',
  'vendor_id',
  'order_date',
  'expected_delivery',
  'tax_amount',
  'discount_amount',
  'notes',
  'items',
  ...Array.from({ length: MAX_ITEMS }, (_, index) =>
    (['product_name', 'sku', 'quantity', 'unit_price'] as const).map((field) => `items.${String(index)}.${field}`),
  ).flat(),
] as Path<OrderFormValues>[];

export function emptyOrderForm(customerId?: number): OrderFormValues {
  return {
    customer_id: customerId as number,
    title: '',
    vendor_id: '',
    order_date: '',
    expected_delivery: '',
    tax_amount: '',
    discount_amount: '',
    notes: '',
    items: [{ ...EMPTY_ITEM }],
  };
}

/** "0.00" shows as an empty box: tax and discount are optional. */
const moneyOrBlank = (amount: string) => (parseMinor(amount) === 0n ? '' : amount);

export function orderToFormValues(order: Order): OrderFormValues {
  return {
    customer_id: order.customer_id,
    title: order.title ?? '',
    vendor_id: order.vendor_id === null ? '' : String(order.vendor_id),
    order_date: order.order_date,
    expected_delivery: order.expected_delivery ?? '',
    tax_amount: moneyOrBlank(order.tax_amount),
    discount_amount: moneyOrBlank(order.discount_amount),
    notes: order.notes ?? '',
    items: order.items.map((item) => ({
      product_name: item.product_name,
      sku: item.sku ?? '',
      quantity: String(item.quantity),
      unit_price: item.unit_price,
    })),
  };
}

/** Items, amounts and the customer change only while the order is draft or pending (PRODUCT §5). */
export const areAmountsEditable = (status: OrderStatus) =>
  (ORDER_EDITABLE_STATUSES as readonly OrderStatus[]).includes(status);

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function amountsOf(values: OrderFormOutput) {
  return {
    customer_id: values.customer_id,
    items: values.items.map((item) => ({
      product_name: item.product_name,
      sku: orNull(item.sku),
      quantity: parseQuantity(item.quantity) ?? 0,
      unit_price: item.unit_price.trim(),
    })),
    tax_amount: values.tax_amount.trim() || '0',
    discount_amount: values.discount_amount.trim() || '0',
  };
}

function detailsOf(values: OrderFormOutput) {
  return {
    title: orNull(values.title),
    vendor_id: values.vendor_id === '' ? null : Number(values.vendor_id),
    expected_delivery: orNull(values.expected_delivery),
    notes: orNull(values.notes),
    // Left out when blank: the API then dates the order today in the organization's time zone.
    ...(values.order_date ? { order_date: values.order_date } : {}),
  };
}

export function toCreateOrderBody(values: OrderFormOutput): CreateOrderBody {
  return { ...amountsOf(values), ...detailsOf(values) };
}

/** Past pending only the details may change; sending items then would answer 409. */
export function toUpdateOrderBody(values: OrderFormOutput, status: OrderStatus): UpdateOrderBody {
  return areAmountsEditable(status) ? { ...amountsOf(values), ...detailsOf(values) } : detailsOf(values);
}
