import { useState } from 'react';
import { LuPlus, LuUsers } from 'react-icons/lu';
import { CUSTOMER_ORDERING, CUSTOMER_STATUSES, can } from '@crm/contracts';
import {
  Button,
  ListEmptyState,
  ErrorPanel,
  Flex,
  LoadErrorPanel,
  PageHeader,
  PaginationFooter,
  SearchInput,
  SelectNative,
  Stack,
  TableSkeleton,
  lazyDialog,
  useListUrlState,
  type ListUrlConfig,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useCustomers } from '../api/get-customers';
import { CUSTOMER_STATUS_OPTIONS } from '../components/customer-labels';
import { CustomersTable } from '../components/customers-table';
import { useOrganizationCurrency } from '../hooks/use-organization-currency';

const CustomerFormDialog = lazyDialog(
  () => import('../components/customer-form-dialog').then((module) => module.CustomerFormDialog),
  (props) => props.open,
);

const LIST_CONFIG: ListUrlConfig<'status'> = {
  orderingFields: CUSTOMER_ORDERING,
  filters: { status: CUSTOMER_STATUSES },
};

export default function CustomersListPage() {
  const { role } = useSession();
  const list = useListUrlState(LIST_CONFIG);
  const customers = useCustomers(list.apiParams);
  const currency = useOrganizationCurrency();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const canCreate = can(role, 'customers', 'create');
  const { state } = list;

  const newCustomerButton = canCreate && (
    <Button colorPalette="brand" onClick={() => setIsCreateOpen(true)}>
      <LuPlus aria-hidden /> New customer
    </Button>
  );

  const content = () => {
    if (customers.isPending) return <TableSkeleton label="Loading customers" />;
    if (customers.isError) {
      // A page past the end answers 404 (a shared link to page 9 of what is now 3 pages).
      const error = toApiError(customers.error);
      if (error.status === 404 && state.page > 1) {
        return (
          <ErrorPanel
            title="That page is empty"
            message="There are fewer customers than when the link was made."
            onRetry={() => list.setPage(1)}
          />
        );
      }
      return (
        <LoadErrorPanel
          error={error}
          roleName={roleLabel(role)}
          subject="customers"
          onRetry={() => void customers.refetch()}
          isRetrying={customers.isFetching}
        />
      );
    }
    if (customers.data.count === 0) {
      return (
        <ListEmptyState
          icon={<LuUsers />}
          noun="customers"
          hasFilters={list.hasFilters}
          onClearFilters={list.clearFilters}
          filterHint="Try another search or status."
          description="Customers are the people and companies you sell to."
          createLabel={canCreate ? 'Add your first customer' : undefined}
          onCreate={() => setIsCreateOpen(true)}
        />
      );
    }
    return (
      <Stack gap="0">
        <CustomersTable
          customers={customers.data.results}
          ordering={state.ordering}
          onSort={list.setOrdering}
          currency={currency}
          isStale={customers.isPlaceholderData}
        />
        <PaginationFooter
          page={state.page}
          pageSize={state.pageSize}
          count={customers.data.count}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          itemLabel="customers"
        />
      </Stack>
    );
  };

  return (
    <Stack gap="5" maxW="7xl">
      <PageHeader
        title="Customers"
        meta={customers.data ? <span data-testid="customers-count">{customers.data.count}</span> : undefined}
        actions={newCustomerButton}
      />
      <Flex gap="3" wrap="wrap" role="search" aria-label="Filter customers">
        <SearchInput
          label="Search customers"
          placeholder="Search customers"
          value={state.search}
          onChange={list.setSearch}
          width={{ base: 'full', md: '80' }}
        />
        <SelectNative
          aria-label="Status"
          placeholder="All statuses"
          options={CUSTOMER_STATUS_OPTIONS}
          value={state.filters.status ?? ''}
          onChange={(event) => list.setFilter('status', event.currentTarget.value || undefined)}
          width={{ base: 'full', sm: '48' }}
        />
      </Flex>
      {content()}
      <CustomerFormDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} />
    </Stack>
  );
}
