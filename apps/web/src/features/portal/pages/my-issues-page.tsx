import { useState } from 'react';
import { LuLifeBuoy } from 'react-icons/lu';
import { ISSUE_ORDERING, ISSUE_STATUSES, type ClientIssue } from '@crm/contracts';
import { lazyDialog, statusLabel, useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView } from '@/components/ui/list-view';
import { baseIssueColumns, useIssues } from '@/features/issues';
import { portalIssuePath } from '../lib/portal-paths';

const RaiseIssueDialog = lazyDialog(
  () => import('../components/raise-issue-dialog').then((module) => module.RaiseIssueDialog),
  (props) => props.open,
);

const LIST_CONFIG: ListUrlConfig<'status'> = { orderingFields: ISSUE_ORDERING, filters: { status: ISSUE_STATUSES } };
const STATUS_OPTIONS = ISSUE_STATUSES.map((status) => ({ value: status, label: statusLabel(status) }));

/** `/portal/issues`: the Client's issues, and "Raise an issue". */
export default function MyIssuesPage() {
  const list = useListUrlState(LIST_CONFIG);
  const issues = useIssues<ClientIssue>(list.apiParams);
  const [isRaiseOpen, setIsRaiseOpen] = useState(false);
  return (
    <ListView
      title="My issues"
      create={{ label: 'Raise an issue', emptyLabel: 'Raise an issue', onClick: () => setIsRaiseOpen(true) }}
      list={list}
      query={issues}
      search={{ label: 'Search issues', placeholder: 'Title or code' }}
      filters={[{ key: 'status', label: 'Status', placeholder: 'All statuses', options: STATUS_OPTIONS }]}
      columns={baseIssueColumns<ClientIssue>({ pathOf: portalIssuePath, showCustomer: false })}
      getRowKey={(issue) => issue.id}
      getRowHref={portalIssuePath}
      rowTestId="portal-issue-row"
      itemLabel="issues"
      defaultOrdering="-created_at"
      empty={{
        icon: <LuLifeBuoy />,
        filterHint: 'Try another search or status.',
        description: 'Something wrong with an order, a delivery or a bill? Tell us and we will reply here.',
      }}
      maxW="6xl"
    >
      <RaiseIssueDialog open={isRaiseOpen} onOpenChange={setIsRaiseOpen} />
    </ListView>
  );
}
