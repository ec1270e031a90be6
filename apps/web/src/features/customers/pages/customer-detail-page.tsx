import { Stack, StatusBadge, lazyDialog } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { RecordActions, useRecordDialogs } from '@/components/ui/record-actions';
import { TimelineSection } from '@/features/activities';
import { CustomerDealsCard } from '@/features/deals';
import { useOrganizationCurrency } from '@/features/organizations';
import { useCustomer } from '../api/get-customer';
import { CustomerSummaryCard } from '../components/customer-summary-card';
import { DeleteCustomerDialog } from '../components/delete-customer-dialog';

const CustomerFormDialog = lazyDialog(
  () => import('../components/customer-form-dialog').then((module) => module.CustomerFormDialog),
  (props) => props.open,
);

function CustomerDetail({ customerId }: { customerId: number }) {
  const customer = useCustomer(customerId);
  const currency = useOrganizationCurrency();
  const dialogs = useRecordDialogs('/customers');

  return (
    <QueryView query={customer} subject="this customer" loading={<DetailSkeleton label="Loading the customer" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.name,
            meta: record.code,
            badges: <StatusBadge status={record.status} />,
            actions: <RecordActions resource="customers" kind="customer" name={record.name} {...dialogs.actions} />,
          }}
          primary={<CustomerSummaryCard customer={record} currency={currency} />}
          secondary={
            <Stack gap="6" minW="0">
              <CustomerDealsCard customerId={record.id} currency={currency} />
              <TimelineSection subject={{ kind: 'customers', id: record.id }} />
            </Stack>
          }
        >
          <CustomerFormDialog {...dialogs.edit} customer={record} />
          <DeleteCustomerDialog {...dialogs.remove} customer={record} />
        </RecordLayout>
      )}
    </QueryView>
  );
}

/** `/customers/:id`: the customer's summary, their deals and the timeline. */
export default function CustomerDetailPage() {
  return (
    <DetailPage backTo="/customers" backLabel="Customers">
      {(id) => <CustomerDetail customerId={id} />}
    </DetailPage>
  );
}
