import type { Order } from '@crm/contracts';
import {
  DateTimeText,
  DetailItem,
  DetailList,
  KeyFigure,
  MoneyText,
  NotesBlock,
  RouterLink,
  SectionCard,
} from '@/components/ui';
import { formatCalendarDate } from '@/lib/format';

/** Who the order is for and from, its dates, the balance due and the team's notes. */
export function OrderSummaryCard({ order, currency }: { order: Order; currency: string | undefined }) {
  return (
    <SectionCard title="Summary" bodyGap="5">
      <KeyFigure label="Balance due">
        <MoneyText amount={order.balance_due} currency={currency} textStyle="2xl" fontWeight="semibold" />
      </KeyFigure>
      <DetailList>
        <DetailItem label="Customer">
          <RouterLink to={`/customers/${String(order.customer_id)}`}>{order.customer_name}</RouterLink>
        </DetailItem>
        <DetailItem label="Vendor">
          {order.vendor_id !== null && (
            <RouterLink to={`/vendors/${String(order.vendor_id)}`}>{order.vendor_name}</RouterLink>
          )}
        </DetailItem>
        <DetailItem label="Order date">{formatCalendarDate(order.order_date)}</DetailItem>
        <DetailItem label="Expected delivery">
          {order.expected_delivery && formatCalendarDate(order.expected_delivery)}
        </DetailItem>
        <DetailItem label="Total">
          <MoneyText amount={order.total_amount} currency={currency} />
        </DetailItem>
        <DetailItem label="Amount paid">
          <MoneyText amount={order.amount_paid} currency={currency} />
        </DetailItem>
        <DetailItem label="Created">
          <DateTimeText iso={order.created_at} />
        </DetailItem>
      </DetailList>
      <NotesBlock notes={order.notes} />
    </SectionCard>
  );
}
