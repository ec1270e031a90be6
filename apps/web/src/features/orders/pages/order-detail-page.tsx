import { useNavigate } from 'react-router';
import { SectionCard, Stack, StatusBadge } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { RecordActions, useRecordDialogs } from '@/components/ui/record-actions';
import { useOrganizationCurrency } from '@/features/organizations';
import { RelatedPaymentsCard } from '@/features/payments';
import { useOrder } from '../api/get-order';
import { DeleteOrderDialog } from '../components/delete-order-dialog';
import { OrderItemsTable, OrderTotals } from '../components/order-items';
import { OrderStatusActions } from '../components/order-status-actions';
import { OrderSummaryCard } from '../components/order-summary-card';

function OrderDetail({ orderId }: { orderId: number }) {
  const order = useOrder(orderId);
  const currency = useOrganizationCurrency();
  const navigate = useNavigate();
  const dialogs = useRecordDialogs('/orders');

  return (
    <QueryView query={order} subject="this order" loading={<DetailSkeleton label="Loading the order" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.title ?? record.code,
            meta: record.title ? record.code : undefined,
            badges: <StatusBadge status={record.status} data-testid="order-status" />,
            description: `For ${record.customer_name}`,
            actions: (
              <>
                <OrderStatusActions order={record} />
                <RecordActions
                  resource="orders"
                  kind="order"
                  name={record.code}
                  permissions={record.permissions}
                  onEdit={() => void navigate(`/orders/${String(record.id)}/edit`)}
                  onDelete={dialogs.actions.onDelete}
                />
              </>
            ),
          }}
          primary={<OrderSummaryCard order={record} currency={currency} />}
          secondary={
            <Stack gap="6" minW="0">
              <SectionCard title="Items" bodyGap="4">
                <OrderItemsTable order={record} currency={currency} />
                <OrderTotals order={record} currency={currency} />
              </SectionCard>
              <RelatedPaymentsCard
                filter={{ order: record.id }}
                label={`Payments of ${record.code}`}
                currency={currency}
                canRecord={record.status !== 'cancelled'}
                prefill={{
                  customer: { id: record.customer_id, name: record.customer_name },
                  order: { id: record.id, code: record.code, balance_due: record.balance_due },
                }}
              />
            </Stack>
          }
        >
          <DeleteOrderDialog {...dialogs.remove} order={record} />
        </RecordLayout>
      )}
    </QueryView>
  );
}

/** `/orders/:id`: items and totals, what has been paid, the status moves and the order's payments. */
export default function OrderDetailPage() {
  return (
    <DetailPage backTo="/orders" backLabel="Orders">
      {(id) => <OrderDetail orderId={id} />}
    </DetailPage>
  );
}
