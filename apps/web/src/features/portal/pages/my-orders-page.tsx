import { LuPackage } from 'react-icons/lu';
import { ORDER_ORDERING, ORDER_STATUSES, type ClientOrder } from '@crm/contracts';
import { statusLabel, useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { orderColumns, useOrders } from '@/features/orders';
import { portalOrderPath } from '../lib/portal-paths';
import { usePortalCurrency } from '../lib/use-portal-currency';

const LIST_CONFIG: ListUrlConfig<'status'> = { orderingFields: ORDER_ORDERING, filters: { status: ORDER_STATUSES } };
const STATUS_OPTIONS = ORDER_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));

/** `/portal/orders`: the Client's own orders, with what each still owes. */
export default function MyOrdersPage() {
  const list = useListUrlState(LIST_CONFIG);
  const orders = useOrders<ClientOrder>(list.apiParams);
  const currency = usePortalCurrency();
  return (
    <ListView
      title="My orders"
      list={list}
      query={orders}
      search={{ label: 'Search orders', placeholder: 'Code or title' }}
      filters={[{ key: 'status', label: 'Status', placeholder: 'All statuses', options: STATUS_OPTIONS }]}
      columns={orderColumns<ClientOrder>({ currency, pathOf: portalOrderPath, showCustomer: false })}
      getRowKey={(order) => order.id}
      getRowHref={portalOrderPath}
      rowTestId="portal-order-row"
      itemLabel="orders"
      defaultOrdering="-created_at"
      empty={{
        icon: <LuPackage />,
        filterHint: 'Try another search or status.',
        description: 'Your orders show here once they are placed.',
      }}
      maxW="6xl"
    />
  );
}
