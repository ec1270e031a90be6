import type { ClientIssue, Issue } from '@crm/contracts';
import { RelativeTime, StatusBadge } from '@/components/ui';
import { EmptyValue, RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { CATEGORY_LABELS } from '../lib/issue-labels';
import { PriorityBadge } from './issue-badges';
import { ResponseDue } from './response-due';

interface IssueColumnOptions<T> {
  pathOf: (issue: T) => string;
  showCustomer?: boolean;
}

/** The columns staff and clients share: title and code, priority, category, status, created. */
export function baseIssueColumns<T extends ClientIssue>({ pathOf, showCustomer = true }: IssueColumnOptions<T>) {
  const columns: ListColumn<T>[] = [
    {
      id: 'title',
      header: 'Issue',
      sortField: 'title',
      cellProps: { maxW: 'sm' },
      cell: (issue) => (
        <RecordLinkCell to={pathOf(issue)} subtitle={issue.code}>
          {issue.title}
        </RecordLinkCell>
      ),
    },
  ];
  if (showCustomer) columns.push({ id: 'customer', header: 'Customer', cell: (issue) => issue.customer_name });
  columns.push(
    {
      id: 'priority',
      header: 'Priority',
      sortField: 'priority',
      cell: (issue) => <PriorityBadge priority={issue.priority} />,
    },
    { id: 'category', header: 'Category', cell: (issue) => CATEGORY_LABELS[issue.category] },
    { id: 'status', header: 'Status', sortField: 'status', cell: (issue) => <StatusBadge status={issue.status} /> },
    {
      id: 'created',
      header: 'Created',
      sortField: 'created_at',
      cellProps: { color: 'fg.muted' },
      cell: (issue) => <RelativeTime iso={issue.created_at} />,
    },
  );
  return columns;
}

/** Staff also see the assignee and the first-response due time, overdue ones flagged. */
export function issueColumns(options: IssueColumnOptions<Issue>): ListColumn<Issue>[] {
  const columns = baseIssueColumns<Issue>(options);
  columns.splice(
    columns.length - 1,
    0,
    { id: 'assigned', header: 'Assigned to', cell: (issue) => issue.assigned_to_name ?? <EmptyValue /> },
    {
      id: 'response',
      header: 'First response',
      sortField: 'first_response_due_at',
      cellProps: { textStyle: 'sm' },
      cell: (issue) => (isOpen(issue) ? <ResponseDue issue={issue} /> : <EmptyValue />),
    },
  );
  return columns;
}

const isOpen = (issue: Issue) => issue.status === 'open' || issue.status === 'in_progress';
