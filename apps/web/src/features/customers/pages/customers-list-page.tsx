import { LuUsers } from 'react-icons/lu';
import { CUSTOMER_ORDERING, CUSTOMER_STATUSES } from '@crm/contracts';
import { lazyDialog, useListUrlState, type ListUrlConfig, listFilterParams } from '@/components/ui';
import { ListView, useCreateDialog } from '@/components/ui/list-view';
import { ASSIGNEE_FILTER_VALUES, assigneeListFilter } from '@/lib/assignee-filter';
import { useOrganizationCurrency } from '@/features/organizations';
import { ExportButton } from '@/features/data-export';
import { useRecordBulkActions } from '@/features/work';
import { customerKeys } from '../api/customer-keys';
import { useCustomers } from '../api/get-customers';
import { customerColumns, customerPath } from '../components/customer-columns';
import { CUSTOMER_STATUS_OPTIONS } from '../components/customer-labels';

const CustomerFormDialog = lazyDialog(
  () => import('../components/customer-form-dialog').then((module) => module.CustomerFormDialog),
  (props) => props.open,
);

const LIST_CONFIG: ListUrlConfig<'status' | 'assigned_to'> = {
  orderingFields: CUSTOMER_ORDERING,
  filters: { status: CUSTOMER_STATUSES, assigned_to: ASSIGNEE_FILTER_VALUES },
};

export default function CustomersListPage() {
  const list = useListUrlState(LIST_CONFIG);
  const customers = useCustomers(list.apiParams);
  const currency = useOrganizationCurrency();
  const createDialog = useCreateDialog('customers', 'customer');
  const bulk = useRecordBulkActions({
    resource: 'customers',
    noun: ['customer', 'customers'],
    filter: listFilterParams(list.apiParams),
    rows: customers.data?.results,
    total: customers.data?.count ?? 0,
    describe: (customer) => `${customer.name} (${customer.code})`,
    statusOptions: CUSTOMER_STATUS_OPTIONS,
    invalidate: [customerKeys.all],
  });

  return (
    <ListView
      title="Customers"
      create={createDialog.create}
      actions={<ExportButton resource="customers" filters={listFilterParams(list.apiParams)} />}
      list={list}
      query={customers}
      search={{ label: 'Search customers' }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: CUSTOMER_STATUS_OPTIONS, width: '48' },
        assigneeListFilter,
      ]}
      selection={bulk.selection}
      bulkBar={bulk.bulkBar}
      columns={customerColumns(currency)}
      getRowKey={(customer) => customer.id}
      getRowHref={customerPath}
      itemLabel="customers"
      empty={{
        icon: <LuUsers />,
        filterHint: 'Try another search, status or assignee.',
        description: 'Customers are the people and companies you sell to.',
      }}
      maxW="7xl"
    >
      <CustomerFormDialog open={createDialog.isOpen} onOpenChange={createDialog.setIsOpen} />
    </ListView>
  );
}
