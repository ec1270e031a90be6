import { useState } from 'react';
import { LuLifeBuoy } from 'react-icons/lu';
import type { ClientOrder, ClientPayment } from '@crm/contracts';
import {
  Button,
  DetailItem,
  DetailList,
  KeyFigure,
  MoneyText,
  SectionCard,
  Stack,
  StatusBadge,
  Text,
  lazyDialog,
} from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { formatCalendarDate } from '@/lib/format';
import { OrderItemsTable, OrderTotals, useOrder } from '@/features/orders';
import { RelatedContent, RelatedTable, basePaymentColumns, usePayments } from '@/features/payments';
import { portalOrderPathById } from '../lib/portal-paths';
import { usePortalCurrency } from '../lib/use-portal-currency';

const RaiseIssueDialog = lazyDialog(
  () => import('../components/raise-issue-dialog').then((module) => module.RaiseIssueDialog),
  (props) => props.open,
);

function OrderPayments({ order, currency }: { order: ClientOrder; currency: string | undefined }) {
  const payments = usePayments<ClientPayment>({ order: order.id, page_size: 50, ordering: '-payment_date' });
  return (
    <SectionCard title="Payments">
      <RelatedContent
        query={payments}
        subject="payments"
        empty={<Text color="fg.muted">No payments on this order yet.</Text>}
      >
        {(rows) => (
          <RelatedTable
            label={`Payments of ${order.code}`}
            columns={basePaymentColumns<ClientPayment>({
              currency,
              orderPath: portalOrderPathById,
              showCustomer: false,
              showOrder: false,
            })}
            rows={rows}
            getRowKey={(payment) => payment.id}
            rowTestId="portal-payment-row"
          />
        )}
      </RelatedContent>
    </SectionCard>
  );
}

function MyOrder({ orderId }: { orderId: number }) {
  const order = useOrder<ClientOrder>(orderId);
  const currency = usePortalCurrency();
  const [isRaiseOpen, setIsRaiseOpen] = useState(false);
  return (
    <QueryView query={order} subject="this order" loading={<DetailSkeleton label="Loading the order" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.title ?? record.code,
            meta: record.title ? record.code : undefined,
            badges: <StatusBadge status={record.status} data-testid="order-status" />,
            actions: (
              <Button variant="outline" onClick={() => setIsRaiseOpen(true)}>
                <LuLifeBuoy aria-hidden /> Report a problem
              </Button>
            ),
          }}
          primary={
            <SectionCard title="Summary" bodyGap="5">
              <KeyFigure label="Balance due">
                <MoneyText
                  amount={record.balance_due}
                  currency={currency}
                  textStyle="2xl"
                  fontWeight="semibold"
                  data-testid="portal-order-balance"
                />
              </KeyFigure>
              <DetailList>
                <DetailItem label="Order date">{formatCalendarDate(record.order_date)}</DetailItem>
                <DetailItem label="Expected delivery">
                  {record.expected_delivery && formatCalendarDate(record.expected_delivery)}
                </DetailItem>
                <DetailItem label="Total">
                  <MoneyText amount={record.total_amount} currency={currency} />
                </DetailItem>
                <DetailItem label="Paid">
                  <MoneyText amount={record.amount_paid} currency={currency} />
                </DetailItem>
              </DetailList>
            </SectionCard>
          }
          secondary={
            <Stack gap="6" minW="0">
              <SectionCard title="Items" bodyGap="4">
                <OrderItemsTable order={record} currency={currency} />
                <OrderTotals order={record} currency={currency} />
              </SectionCard>
              <OrderPayments order={record} currency={currency} />
            </Stack>
          }
        >
          <RaiseIssueDialog open={isRaiseOpen} onOpenChange={setIsRaiseOpen} orderId={record.id} />
        </RecordLayout>
      )}
    </QueryView>
  );
}

/** `/portal/orders/:id`: one of the Client's orders, its items, totals and payments. */
export default function MyOrderPage() {
  return (
    <DetailPage backTo="/portal/orders" backLabel="My orders">
      {(id) => <MyOrder orderId={id} />}
    </DetailPage>
  );
}
