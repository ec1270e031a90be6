import { useState } from 'react';
import { LuPlus, LuTruck } from 'react-icons/lu';
import { can } from '@crm/contracts';
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
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useVendors } from '../api/get-vendors';
import { VendorStatsCards } from '../components/vendor-stats-cards';
import { VendorsTable } from '../components/vendors-table';
import { VENDOR_STATUS_OPTIONS, VENDOR_TYPE_OPTIONS } from '../lib/vendor-labels';
import { VENDOR_LIST_CONFIG } from '../lib/vendor-list-config';

const VendorFormDialog = lazyDialog(
  () => import('../components/vendor-form-dialog').then((m) => m.VendorFormDialog),
  (props) => props.open,
);

/** `/vendors`: suppliers and contractors, with totals above the list. */
export default function VendorsListPage() {
  const { role } = useSession();
  const list = useListUrlState(VENDOR_LIST_CONFIG);
  const vendors = useVendors(list.apiParams);
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const canCreate = can(role, 'vendors', 'create');
  const { state } = list;

  const content = () => {
    if (vendors.isPending) return <TableSkeleton label="Loading vendors" />;
    if (vendors.isError) {
      const error = toApiError(vendors.error);
      if (error.status === 404 && state.page > 1) {
        return (
          <ErrorPanel
            title="That page is empty"
            message="There are fewer vendors than when the link was made."
            onRetry={() => list.setPage(1)}
          />
        );
      }
      return (
        <LoadErrorPanel
          error={error}
          roleName={roleLabel(role)}
          subject="vendors"
          onRetry={() => void vendors.refetch()}
          isRetrying={vendors.isFetching}
        />
      );
    }
    if (vendors.data.count === 0) {
      return (
        <ListEmptyState
          icon={<LuTruck />}
          noun="vendors"
          hasFilters={list.hasFilters}
          onClearFilters={list.clearFilters}
          filterHint="Try another search or filter."
          description="Vendors are the suppliers, contractors and consultants you buy from."
          createLabel={canCreate ? 'Add your first vendor' : undefined}
          onCreate={() => setIsCreateOpen(true)}
        />
      );
    }
    return (
      <Stack gap="0">
        <VendorsTable
          vendors={vendors.data.results}
          ordering={state.ordering}
          onSort={list.setOrdering}
          isStale={vendors.isPlaceholderData}
        />
        <PaginationFooter
          page={state.page}
          pageSize={state.pageSize}
          count={vendors.data.count}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          itemLabel="vendors"
        />
      </Stack>
    );
  };

  return (
    <Stack gap="5" maxW="7xl">
      <PageHeader
        title="Vendors"
        meta={vendors.data ? <span data-testid="vendors-count">{vendors.data.count}</span> : undefined}
        actions={
          canCreate && (
            <Button colorPalette="brand" onClick={() => setIsCreateOpen(true)}>
              <LuPlus aria-hidden /> New vendor
            </Button>
          )
        }
      />
      <VendorStatsCards />
      <Flex gap="3" wrap="wrap" role="search" aria-label="Filter vendors">
        <SearchInput
          label="Search vendors"
          placeholder="Search vendors"
          value={state.search}
          onChange={list.setSearch}
          width={{ base: 'full', md: '80' }}
        />
        <SelectNative
          aria-label="Status"
          placeholder="All statuses"
          options={VENDOR_STATUS_OPTIONS}
          value={state.filters.status ?? ''}
          onChange={(event) => list.setFilter('status', event.currentTarget.value || undefined)}
          width={{ base: 'full', sm: '44' }}
        />
        <SelectNative
          aria-label="Type"
          placeholder="All types"
          options={VENDOR_TYPE_OPTIONS}
          value={state.filters.vendor_type ?? ''}
          onChange={(event) => list.setFilter('vendor_type', event.currentTarget.value || undefined)}
          width={{ base: 'full', sm: '48' }}
        />
      </Flex>
      {content()}
      <VendorFormDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} />
    </Stack>
  );
}
