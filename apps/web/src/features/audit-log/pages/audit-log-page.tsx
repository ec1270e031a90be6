import { LuHistory } from 'react-icons/lu';
import { can } from '@crm/contracts';
import { Button, EmptyState, NoAccessPanel, useListUrlState } from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { useSession } from '@/lib/auth/session';
import { visibleFields } from '@/features/activities';
import { useMemberOptions } from '@/features/team';
import { useAuditLogs } from '../api/get-audit-logs';
import { AuditChangesList } from '../components/audit-changes-list';
import { AUDIT_LOG_COLUMNS } from '../components/audit-log-columns';
import { AuditLogDateFilters } from '../components/audit-log-filters';
import { readableChanges } from '../lib/audit-changes';
import { AUDIT_ACTIONS, AUDIT_LOG_LIST_CONFIG, AUDIT_RESOURCE_TYPES, humanize } from '../lib/audit-log-list-config';

const ACTION_OPTIONS = AUDIT_ACTIONS.map((action) => ({ value: action, label: humanize(action) }));
const RESOURCE_OPTIONS = AUDIT_RESOURCE_TYPES.map((type) => ({ value: type, label: humanize(type) }));

/** `/settings/audit-log`: who changed what, newest first (Owner and Admin). */
export default function AuditLogPage() {
  const { role, organizationId } = useSession();
  const canRead = can(role, 'audit_log', 'read');
  const list = useListUrlState(AUDIT_LOG_LIST_CONFIG);
  const logs = useAuditLogs(list.apiParams, canRead);
  const members = useMemberOptions(organizationId, canRead);

  if (!canRead) {
    return (
      <NoAccessPanel
        message={(roleName) => `As ${roleName}, you cannot see the audit log. The Owner and Admins can.`}
      />
    );
  }

  const userOptions = (members.data ?? []).map((member) => ({
    value: String(member.user_id),
    label: member.full_name,
  }));
  return (
    <ListView
      title="Audit log"
      countTestId="audit-log-count"
      description="Every change in this organization: who made it, when, and what changed. Entries cannot be edited."
      list={list}
      query={logs}
      filterLabel="Filter the audit log"
      filters={[
        {
          key: 'user',
          label: 'User',
          placeholder: 'Anyone',
          options: userOptions,
          width: '48',
          showLabel: true,
          disabled: members.isPending,
        },
        { key: 'action', label: 'Action', placeholder: 'Any action', options: ACTION_OPTIONS, showLabel: true },
        {
          key: 'resource_type',
          label: 'Resource',
          placeholder: 'Any resource',
          options: RESOURCE_OPTIONS,
          showLabel: true,
        },
      ]}
      toolbar={
        <AuditLogDateFilters
          filters={list.state.filters}
          onFilter={list.setFilter}
          hasFilters={list.hasFilters}
          onClear={list.clearFilters}
        />
      }
      columns={AUDIT_LOG_COLUMNS}
      tableLabel="Audit log"
      getRowKey={(entry) => entry.id}
      rowTestId="audit-log-row"
      renderDetails={(entry) => <AuditChangesList changes={readableChanges(entry.changes, visibleFields)} />}
      defaultOrdering="-created_at"
      itemLabel="entries"
      errorSubject="the audit log"
      loadingLabel="Loading the audit log"
      empty={
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
      }
      maxW="7xl"
    />
  );
}
