import { LuLifeBuoy } from 'react-icons/lu';
import { ISSUE_CATEGORIES, ISSUE_ORDERING, ISSUE_PRIORITIES, ISSUE_STATUSES } from '@crm/contracts';
import { CheckboxField, lazyDialog, useListUrlState, type ListUrlConfig } from '@/components/ui';
import { ListView, useCreateDialog } from '@/components/ui/list-view';
import { useOrganizationCurrency } from '@/features/organizations';
import { useIssues } from '../api/get-issues';
import { issueColumns } from '../components/issue-columns';
import { CATEGORY_OPTIONS, ISSUE_STATUS_OPTIONS, PRIORITY_OPTIONS } from '../lib/issue-labels';

const CreateIssueDialog = lazyDialog(
  () => import('../components/create-issue-dialog').then((module) => module.CreateIssueDialog),
  (props) => props.open,
);

type IssueFilter = 'status' | 'priority' | 'category' | 'response_overdue';

const LIST_CONFIG: ListUrlConfig<IssueFilter> = {
  orderingFields: ISSUE_ORDERING,
  filters: {
    status: ISSUE_STATUSES,
    priority: ISSUE_PRIORITIES,
    category: ISSUE_CATEGORIES,
    response_overdue: ['true'],
  },
};

const issuePath = (issue: { id: number }) => `/issues/${String(issue.id)}`;

/** `/issues`: support tickets with status, priority, category and "Response overdue" filters. */
export default function IssuesListPage() {
  const list = useListUrlState(LIST_CONFIG);
  const issues = useIssues(list.apiParams);
  const currency = useOrganizationCurrency();
  const createDialog = useCreateDialog('issues', 'issue');

  return (
    <ListView
      title="Issues"
      create={createDialog.create}
      list={list}
      query={issues}
      search={{ label: 'Search issues', placeholder: 'Title, code or customer' }}
      filters={[
        { key: 'status', label: 'Status', placeholder: 'All statuses', options: ISSUE_STATUS_OPTIONS, width: '40' },
        { key: 'priority', label: 'Priority', placeholder: 'All priorities', options: PRIORITY_OPTIONS, width: '40' },
        { key: 'category', label: 'Category', placeholder: 'All categories', options: CATEGORY_OPTIONS, width: '40' },
      ]}
      toolbar={
        <CheckboxField
          checked={list.state.filters.response_overdue === 'true'}
          onCheckedChange={(checked) => list.setFilter('response_overdue', checked ? 'true' : undefined)}
        >
          Response overdue
        </CheckboxField>
      }
      columns={issueColumns({ pathOf: issuePath })}
      getRowKey={(issue) => issue.id}
      getRowHref={issuePath}
      rowTestId="issue-row"
      itemLabel="issues"
      defaultOrdering="-created_at"
      empty={{
        icon: <LuLifeBuoy />,
        filterHint: 'Try another search or filter.',
        description: 'Issues are support tickets: raised by customers in their portal, or by your team for them.',
      }}
      maxW="7xl"
    >
      <CreateIssueDialog open={createDialog.isOpen} onOpenChange={createDialog.setIsOpen} currency={currency} />
    </ListView>
  );
}
