import { useState } from 'react';
import { useNavigate } from 'react-router';
import { LuPlus, LuTarget } from 'react-icons/lu';
import { LEAD_ORDERING, LEAD_SOURCES, LEAD_STATUSES, can } from '@crm/contracts';
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
import { useOrganizationCurrency } from '@/features/customers/hooks/use-organization-currency';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useLeads } from '../api/get-leads';
import { useLeadDialogs, useLeadStatusActions } from '../components/lead-actions';
import { LEAD_SOURCE_OPTIONS, LEAD_STATUS_OPTIONS } from '../components/lead-labels';
import { LeadsTable } from '../components/leads-table';

const LeadFormDialog = lazyDialog(
  () => import('../components/lead-form-dialog').then((module) => module.LeadFormDialog),
  (props) => props.open,
);
const LeadDialogs = lazyDialog(
  () => import('../components/lead-dialogs').then((module) => module.LeadDialogs),
  (props) => props.dialog !== null,
);

const LIST_CONFIG: ListUrlConfig<'status' | 'source'> = {
  orderingFields: LEAD_ORDERING,
  filters: { status: LEAD_STATUSES, source: LEAD_SOURCES },
};

export default function LeadsListPage() {
  const { role } = useSession();
  const navigate = useNavigate();
  const list = useListUrlState(LIST_CONFIG);
  const leads = useLeads(list.apiParams);
  const currency = useOrganizationCurrency();
  const statusActions = useLeadStatusActions();
  const { dialog, openDialog, closeDialog } = useLeadDialogs();
  const [isCreateOpen, setIsCreateOpen] = useState(false);
  const canCreate = can(role, 'leads', 'create');
  const { state } = list;

  const content = () => {
    if (leads.isPending) return <TableSkeleton label="Loading leads" />;
    if (leads.isError) {
      const error = toApiError(leads.error);
      if (error.status === 404 && state.page > 1) {
        return (
          <ErrorPanel
            title="That page is empty"
            message="There are fewer leads than when the link was made."
            onRetry={() => list.setPage(1)}
          />
        );
      }
      return (
        <LoadErrorPanel
          error={error}
          roleName={roleLabel(role)}
          subject="leads"
          onRetry={() => void leads.refetch()}
          isRetrying={leads.isFetching}
        />
      );
    }
    if (leads.data.count === 0) {
      return (
        <ListEmptyState
          icon={<LuTarget />}
          noun="leads"
          hasFilters={list.hasFilters}
          onClearFilters={list.clearFilters}
          filterHint="Try another search, status or source."
          description="Leads are people and companies who might buy; qualify them, then convert them into customers."
          createLabel={canCreate ? 'Add your first lead' : undefined}
          onCreate={() => setIsCreateOpen(true)}
        />
      );
    }
    return (
      <Stack gap="0">
        <LeadsTable
          leads={leads.data.results}
          role={role}
          ordering={state.ordering}
          onSort={list.setOrdering}
          currency={currency}
          isStale={leads.isPlaceholderData}
          onQualify={statusActions.qualify}
          onDisqualify={statusActions.disqualify}
          onOpenDialog={openDialog}
        />
        <PaginationFooter
          page={state.page}
          pageSize={state.pageSize}
          count={leads.data.count}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          itemLabel="leads"
        />
      </Stack>
    );
  };

  return (
    <Stack gap="5" maxW="7xl">
      <PageHeader
        title="Leads"
        meta={leads.data ? <span data-testid="leads-count">{leads.data.count}</span> : undefined}
        actions={
          canCreate && (
            <Button colorPalette="brand" onClick={() => setIsCreateOpen(true)}>
              <LuPlus aria-hidden /> New lead
            </Button>
          )
        }
      />
      <Flex gap="3" wrap="wrap" role="search" aria-label="Filter leads">
        <SearchInput
          label="Search leads"
          value={state.search}
          onChange={list.setSearch}
          width={{ base: 'full', md: '80' }}
        />
        <SelectNative
          aria-label="Status"
          placeholder="All statuses"
          options={LEAD_STATUS_OPTIONS}
          value={state.filters.status ?? ''}
          onChange={(event) => list.setFilter('status', event.currentTarget.value || undefined)}
          width={{ base: 'full', sm: '44' }}
        />
        <SelectNative
          aria-label="Source"
          placeholder="All sources"
          options={LEAD_SOURCE_OPTIONS}
          value={state.filters.source ?? ''}
          onChange={(event) => list.setFilter('source', event.currentTarget.value || undefined)}
          width={{ base: 'full', sm: '44' }}
        />
      </Flex>
      {content()}
      <LeadFormDialog open={isCreateOpen} onOpenChange={setIsCreateOpen} />
      <LeadDialogs
        dialog={dialog}
        onClose={closeDialog}
        onConverted={({ customer }) => void navigate(`/customers/${String(customer.id)}`)}
      />
    </Stack>
  );
}
