import { LuWallet } from 'react-icons/lu';
import { PAYMENT_ORDERING, PAYMENT_STATUSES, type ClientPayment } from '@crm/contracts';
import { useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { PAYMENT_STATUS_OPTIONS, basePaymentColumns, usePayments } from '@/features/payments';
import { portalOrderPathById } from '../lib/portal-paths';
import { usePortalCurrency } from '../lib/use-portal-currency';

const LIST_CONFIG: ListUrlConfig<'status'> = {
  orderingFields: PAYMENT_ORDERING,
  filters: { status: PAYMENT_STATUSES },
};

/** `/portal/payments`: what the Client has paid, and what is pending. */
export default function MyPaymentsPage() {
  const list = useListUrlState(LIST_CONFIG);
  const payments = usePayments<ClientPayment>(list.apiParams);
  const currency = usePortalCurrency();
  return (
    <ListView
      title="My payments"
      list={list}
      query={payments}
      filters={[{ key: 'status', label: 'Status', placeholder: 'All statuses', options: PAYMENT_STATUS_OPTIONS }]}
      columns={basePaymentColumns<ClientPayment>({ currency, orderPath: portalOrderPathById, showCustomer: false })}
      getRowKey={(payment) => payment.id}
      rowTestId="portal-payment-row"
      itemLabel="payments"
      defaultOrdering="-payment_date"
      empty={{
        icon: <LuWallet />,
        filterHint: 'Try another status.',
        description: 'Payments you make show here once they are recorded.',
      }}
      maxW="6xl"
    />
  );
}
