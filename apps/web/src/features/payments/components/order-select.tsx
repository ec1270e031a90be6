import { forwardRef } from 'react';
import { SelectNative, statusLabel, type SelectNativeProps } from '@/components/ui';
import { formatMoney } from '@/lib/format';
import { useOrderOptions } from '../api/get-order-options';

export interface OrderSelectProps extends Omit<SelectNativeProps, 'options'> {
  customerId: number | undefined;
  currency: string | undefined;
  /** Adds each order's balance to its label (recording a payment). */
  showBalance?: boolean;
}

/** One of a customer's orders, or none; empty until a customer is chosen. */
export const OrderSelect = forwardRef<HTMLSelectElement, OrderSelectProps>(function OrderSelect(
  { customerId, currency, showBalance = false, ...props },
  ref,
) {
  const orders = useOrderOptions(customerId);
  const options = (orders.data ?? []).map((order) => {
    const name = order.title ? `${order.code} · ${order.title}` : order.code;
    const extra = showBalance
      ? `${formatMoney(order.balance_due, currency)} due`
      : statusLabel(order.status).toLowerCase();
    return { value: String(order.id), label: `${name} (${extra})` };
  });
  return (
    <SelectNative
      ref={ref}
      {...props}
      options={options}
      placeholder={customerId === undefined ? 'Choose a customer first' : 'No order'}
      disabled={props.disabled ?? customerId === undefined}
    />
  );
});
