import type { ClientPayment, Payment } from '@crm/contracts';
import { MoneyText, RouterLink, StatusBadge, Text } from '@/components/ui';
import { EmptyValue, RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { formatCalendarDate } from '@/lib/format';
import { PAYMENT_METHOD_LABELS } from '../lib/payment-labels';
import { PaymentActionsMenu } from './payment-actions-menu';

interface PaymentColumnOptions {
  currency: string | undefined;
  /** Where an order's code links: `/orders/1` for staff, `/portal/orders/1` for a client. */
  orderPath?: (orderId: number) => string;
  showCustomer?: boolean;
  /** Off on an order's own page, where every row is that order's. */
  showOrder?: boolean;
}

/** The columns every payments table shares: code, order, amount, method, status and date. */
export function basePaymentColumns<T extends ClientPayment>({
  currency,
  orderPath = (id) => `/orders/${String(id)}`,
  showCustomer = true,
  showOrder = true,
}: PaymentColumnOptions): ListColumn<T>[] {
  const columns: ListColumn<T>[] = [
    {
      id: 'code',
      header: 'Payment',
      sortField: 'code',
      cell: (payment) => (
        <>
          <Text fontWeight="medium">{payment.code}</Text>
          {payment.reference && (
            <Text textStyle="xs" color="fg.muted" truncate>
              {payment.reference}
            </Text>
          )}
        </>
      ),
    },
  ];
  if (showCustomer) {
    columns.push({
      id: 'customer',
      header: 'Customer',
      cellProps: { maxW: 'xs' },
      cell: (payment) => (
        <RecordLinkCell to={`/customers/${String(payment.customer_id)}`}>{payment.customer_name}</RecordLinkCell>
      ),
    });
  }
  if (showOrder) {
    columns.push({
      id: 'order',
      header: 'Order',
      cell: (payment) =>
        payment.order_id !== null && payment.order_code ? (
          <RouterLink to={orderPath(payment.order_id)}>{payment.order_code}</RouterLink>
        ) : (
          <EmptyValue />
        ),
    });
  }
  columns.push(
    {
      id: 'amount',
      header: 'Amount',
      sortField: 'amount',
      align: 'end',
      cell: (payment) => <MoneyText amount={payment.amount} currency={currency} />,
    },
    { id: 'method', header: 'Method', cell: (payment) => PAYMENT_METHOD_LABELS[payment.method] },
    { id: 'status', header: 'Status', sortField: 'status', cell: (payment) => <StatusBadge status={payment.status} /> },
    {
      id: 'date',
      header: 'Date',
      sortField: 'payment_date',
      cellProps: { color: 'fg.muted', whiteSpace: 'nowrap' },
      cell: (payment) => formatCalendarDate(payment.payment_date),
    },
  );
  return columns;
}

/** Staff tables add the row's actions. */
export function paymentColumns(options: PaymentColumnOptions): ListColumn<Payment>[] {
  return [
    ...basePaymentColumns<Payment>(options),
    {
      id: 'actions',
      header: 'Actions',
      isHeaderHidden: true,
      align: 'end',
      width: '12',
      cell: (payment) => <PaymentActionsMenu payment={payment} currency={options.currency} />,
    },
  ];
}
