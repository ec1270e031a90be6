import type { Issue } from '@crm/contracts';
import { DateTimeText, DetailItem, DetailList, NotesBlock, RouterLink, SectionCard } from '@/components/ui';
import { CATEGORY_LABELS } from '../lib/issue-labels';
import { PriorityBadge } from './issue-badges';
import { AssigneeSelect, PrioritySelect } from './issue-assignment';
import { ResponseDue } from './response-due';

/** The issue's customer and order, its priority and assignee (changeable), and the response timing. */
export function IssueSummaryCard({ issue }: { issue: Issue }) {
  return (
    <SectionCard title="Summary" bodyGap="5">
      <DetailList>
        <DetailItem label="Customer">
          <RouterLink to={`/customers/${String(issue.customer_id)}`}>{issue.customer_name}</RouterLink>
        </DetailItem>
        <DetailItem label="Order">
          {issue.order_id !== null && (
            <RouterLink to={`/orders/${String(issue.order_id)}`}>{issue.order_code}</RouterLink>
          )}
        </DetailItem>
        <DetailItem label="Category">{CATEGORY_LABELS[issue.category]}</DetailItem>
        <DetailItem label="Priority">
          {issue.permissions.update ? <PrioritySelect issue={issue} /> : <PriorityBadge priority={issue.priority} />}
        </DetailItem>
        <DetailItem label="Assigned to">
          {issue.permissions.assign ? <AssigneeSelect issue={issue} /> : issue.assigned_to_name}
        </DetailItem>
        <DetailItem label="First response">
          <ResponseDue issue={issue} />
        </DetailItem>
        <DetailItem label="Raised by">{issue.raised_by_client ? 'The customer, in the portal' : 'Staff'}</DetailItem>
        <DetailItem label="Created">
          <DateTimeText iso={issue.created_at} />
        </DetailItem>
        {issue.resolved_at && (
          <DetailItem label="Resolved">
            <DateTimeText iso={issue.resolved_at} />
          </DetailItem>
        )}
      </DetailList>
      <NotesBlock label="Description" notes={issue.description} />
      {issue.resolution_notes && <NotesBlock notes={issue.resolution_notes} />}
    </SectionCard>
  );
}
