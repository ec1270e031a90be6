import type { ClientOrder } from '@crm/contracts';
import { MoneyText, StatusBadge } from '@/components/ui';
import { RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { formatCalendarDate } from '@/lib/format';

interface OrderColumnOptions<T> {
  currency: string | undefined;
  /** Where a row leads: `/orders/1` for staff, `/portal/orders/1` for a client. */
  pathOf: (order: T) => string;
  showCustomer?: boolean;
}

/** The orders table: code and title, customer, status, total, balance due and date. */
export function orderColumns<T extends ClientOrder>({
  currency,
  pathOf,
  showCustomer = true,
}: OrderColumnOptions<T>): ListColumn<T>[] {
  const columns: ListColumn<T>[] = [
    {
      id: 'code',
      header: 'Order',
      sortField: 'code',
      cellProps: { maxW: 'xs' },
      cell: (order) => (
        <RecordLinkCell to={pathOf(order)} subtitle={order.title}>
          {order.code}
        </RecordLinkCell>
      ),
    },
  ];
  if (showCustomer) {
    columns.push({
      id: 'customer',
      header: 'Customer',
      cellProps: { maxW: 'xs' },
      cell: (order) => order.customer_name,
    });
  }
  columns.push(
    { id: 'status', header: 'Status', sortField: 'status', cell: (order) => <StatusBadge status={order.status} /> },
    {
      id: 'total',
      header: 'Total',
      sortField: 'total_amount',
      align: 'end',
      cell: (order) => <MoneyText amount={order.total_amount} currency={currency} />,
    },
    {
      id: 'balance',
      header: 'Balance due',
      align: 'end',
      cell: (order) => <MoneyText amount={order.balance_due} currency={currency} data-testid="order-row-balance" />,
    },
    {
      id: 'date',
      header: 'Date',
      sortField: 'order_date',
      cellProps: { color: 'fg.muted', whiteSpace: 'nowrap' },
      cell: (order) => formatCalendarDate(order.order_date),
    },
  );
  return columns;
}
