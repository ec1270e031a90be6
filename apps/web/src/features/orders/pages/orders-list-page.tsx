import { useNavigate } from 'react-router';
import { LuPackage } from 'react-icons/lu';
import { ORDER_ORDERING, ORDER_STATUSES, can } from '@crm/contracts';
import { listFilterParams, statusLabel, useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { useSession } from '@/lib/auth/session';
import { parseRouteId } from '@/lib/use-route-id';
import { ExportButton } from '@/features/data-export';
import { useOrganizationCurrency } from '@/features/organizations';
import { useOrders } from '../api/get-orders';
import { CustomerFilter } from '../components/customer-filter';
import { orderColumns } from '../components/order-columns';

const LIST_CONFIG: ListUrlConfig<'status' | 'customer'> = {
  orderingFields: ORDER_ORDERING,
  filters: { status: ORDER_STATUSES, customer: (value) => parseRouteId(value) !== null },
};

const STATUS_OPTIONS = ORDER_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));
const orderPath = (order: { id: number }) => `/orders/${String(order.id)}`;

/** `/orders`: every order with its status, total and balance, filtered by status and customer. */
export default function OrdersListPage() {
  const { role } = useSession();
  const navigate = useNavigate();
  const list = useListUrlState(LIST_CONFIG);
  const orders = useOrders(list.apiParams);
  const currency = useOrganizationCurrency();
  const create = can(role, 'orders', 'create')
    ? { label: 'New order', emptyLabel: 'Create your first order', onClick: () => void navigate('/orders/new') }
    : undefined;

  return (
    <ListView
      title="Orders"
      create={create}
      actions={<ExportButton resource="orders" filters={listFilterParams(list.apiParams)} />}
      list={list}
      query={orders}
      search={{ label: 'Search orders', placeholder: 'Code or title' }}
      filters={[{ key: 'status', label: 'Status', placeholder: 'All statuses', options: STATUS_OPTIONS }]}
      toolbar={
        <CustomerFilter
          value={list.state.filters.customer}
          onChange={(customerId) => list.setFilter('customer', customerId)}
        />
      }
      columns={orderColumns({ currency, pathOf: orderPath })}
      getRowKey={(order) => order.id}
      getRowHref={orderPath}
      rowTestId="order-row"
      itemLabel="orders"
      defaultOrdering="-created_at"
      empty={{
        icon: <LuPackage />,
        filterHint: 'Try another search, status or customer.',
        description: 'Orders list what a customer buys, with items, totals and what is still due.',
      }}
      maxW="7xl"
    />
  );
}
