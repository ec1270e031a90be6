import { LuHistory } from 'react-icons/lu';
import { can } from '@crm/contracts';
import {
  Button,
  EmptyState,
  ErrorPanel,
  LoadErrorPanel,
  PageHeader,
  PaginationFooter,
  Stack,
  TableSkeleton,
  useListUrlState,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useAuditLogs } from '../api/get-audit-logs';
import { AuditLogFilters } from '../components/audit-log-filters';
import { AuditLogTable } from '../components/audit-log-table';
import { AUDIT_LOG_LIST_CONFIG } from '../lib/audit-log-list-config';

/** `/settings/audit-log`: who changed what, newest first (Owner and Admin). */
export default function AuditLogPage() {
  const { role } = useSession();
  const canRead = can(role, 'audit_log', 'read');
  const list = useListUrlState(AUDIT_LOG_LIST_CONFIG);
  const logs = useAuditLogs(list.apiParams, canRead);
  const { state } = list;

  if (!canRead) {
    return (
      <ErrorPanel
        title="You don't have access to this"
        message={`As ${roleLabel(role)}, you cannot see the audit log. The Owner and Admins can.`}
      />
    );
  }

  const content = () => {
    if (logs.isPending) return <TableSkeleton label="Loading the audit log" />;
    if (logs.isError) {
      const error = toApiError(logs.error);
      if (error.status === 404 && state.page > 1) {
        return (
          <ErrorPanel
            title="That page is empty"
            message="There are fewer entries than when the link was made."
            onRetry={() => list.setPage(1)}
          />
        );
      }
      return (
        <LoadErrorPanel
          error={error}
          roleName={roleLabel(role)}
          subject="the audit log"
          onRetry={() => void logs.refetch()}
          isRetrying={logs.isFetching}
        />
      );
    }
    if (logs.data.count === 0) {
      return (
        <EmptyState
          icon={<LuHistory />}
          title={list.hasFilters ? 'No entries match' : 'Nothing recorded yet'}
          description={
            list.hasFilters
              ? 'Try another user, action, resource or dates.'
              : 'Every create, update, delete and action will show here.'
          }
          action={
            list.hasFilters && (
              <Button variant="outline" onClick={list.clearFilters}>
                Clear filters
              </Button>
            )
          }
        />
      );
    }
    return (
      <Stack gap="0">
        <AuditLogTable
          entries={logs.data.results}
          ordering={state.ordering}
          onSort={list.setOrdering}
          isStale={logs.isPlaceholderData}
        />
        <PaginationFooter
          page={state.page}
          pageSize={state.pageSize}
          count={logs.data.count}
          onPageChange={list.setPage}
          onPageSizeChange={list.setPageSize}
          itemLabel="entries"
        />
      </Stack>
    );
  };

  return (
    <Stack gap="5" maxW="7xl">
      <PageHeader
        title="Audit log"
        meta={logs.data ? <span data-testid="audit-log-count">{logs.data.count}</span> : undefined}
        description="Every change in this organization: who made it, when, and what changed. Entries cannot be edited."
      />
      <AuditLogFilters
        filters={state.filters}
        onFilter={list.setFilter}
        hasFilters={list.hasFilters}
        onClear={list.clearFilters}
      />
      {content()}
    </Stack>
  );
}
