import { Stack, StatusBadge, lazyDialog } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { RecordActions, useRecordDialogs } from '@/components/ui/record-actions';
import { TimelineSection } from '@/features/activities';
import { CustomerDealsCard } from '@/features/deals';
import { ClaimButton } from '@/features/employees';
import { useOrganizationCurrency } from '@/features/organizations';
import { CustomerAccountSection } from '@/features/portal';
import { useCustomer } from '../api/get-customer';
import { useUpdateCustomer } from '../api/update-customer';
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
  const updateCustomer = useUpdateCustomer();

  return (
    <QueryView query={customer} subject="this customer" loading={<DetailSkeleton label="Loading the customer" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.name,
            meta: record.code,
            badges: <StatusBadge status={record.status} />,
            actions: (
              <RecordActions
                resource="customers"
                kind="customer"
                name={record.name}
                permissions={record.permissions}
                {...dialogs.actions}
              >
                <ClaimButton
                  resource="customers"
                  record={record}
                  name={`${record.name} (${record.code})`}
                  claim={(employeeId) =>
                    updateCustomer.mutateAsync({ id: record.id, body: { assigned_to: employeeId } })
                  }
                />
              </RecordActions>
            ),
          }}
          primary={<CustomerSummaryCard customer={record} currency={currency} />}
          secondary={
            <Stack gap="6" minW="0">
              <CustomerDealsCard customerId={record.id} currency={currency} />
              <CustomerAccountSection customer={record} currency={currency} />
              <TimelineSection
                subject={{ kind: 'customers', id: record.id }}
                assignee={{ id: record.assigned_to, name: record.assigned_to_name }}
              />
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
