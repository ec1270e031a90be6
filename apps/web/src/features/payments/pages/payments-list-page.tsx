import { useState } from 'react';
import { LuWallet } from 'react-icons/lu';
import { PAYMENT_METHODS, PAYMENT_ORDERING, PAYMENT_STATUSES, can } from '@crm/contracts';
import { lazyDialog, useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { useSession } from '@/lib/auth/session';
import { useOrganizationCurrency } from '@/features/organizations';
import { usePayments } from '../api/get-payments';
import { paymentColumns } from '../components/payment-columns';
import { PAYMENT_METHOD_OPTIONS, PAYMENT_STATUS_OPTIONS } from '../lib/payment-labels';

const RecordPaymentDialog = lazyDialog(
  () => import('../components/record-payment-dialog').then((module) => module.RecordPaymentDialog),
  (props) => props.open,
);

const LIST_CONFIG: ListUrlConfig<'status' | 'method'> = {
  orderingFields: PAYMENT_ORDERING,
  filters: { status: PAYMENT_STATUSES, method: PAYMENT_METHODS },
};

/** `/payments`: every payment, with status and method filters and each row's actions. */
export default function PaymentsListPage() {
  const { role } = useSession();
  const list = useListUrlState(LIST_CONFIG);
  const payments = usePayments(list.apiParams);
  const currency = useOrganizationCurrency();
  const [isRecordOpen, setIsRecordOpen] = useState(false);
  const create = can(role, 'payments', 'create')
    ? { label: 'Record payment', emptyLabel: 'Record your first payment', onClick: () => setIsRecordOpen(true) }
    : undefined;

  return (
    <ListView
      title="Payments"
      create={create}
      list={list}
      query={payments}
      search={{ label: 'Search payments', placeholder: 'Code, reference, invoice or customer' }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: PAYMENT_STATUS_OPTIONS },
        { key: 'method', label: 'Method', placeholder: 'All methods', options: PAYMENT_METHOD_OPTIONS },
      ]}
      columns={paymentColumns({ currency })}
      getRowKey={(payment) => payment.id}
      rowTestId="payment-row"
      itemLabel="payments"
      defaultOrdering="-payment_date"
      empty={{
        icon: <LuWallet />,
        filterHint: 'Try another search, status or method.',
        description: 'Payments are what customers pay you, usually towards an order.',
      }}
      maxW="7xl"
    >
      <RecordPaymentDialog open={isRecordOpen} onOpenChange={setIsRecordOpen} currency={currency} />
    </ListView>
  );
}
