import type { ClientIssue } from '@crm/contracts';
import {
  Alert,
  DateTimeText,
  DetailItem,
  DetailList,
  NotesBlock,
  RouterLink,
  SectionCard,
  Stack,
  StatusBadge,
} from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { useDateFormat } from '@/lib/format';
import { CATEGORY_LABELS, ConversationCard, PriorityBadge, useIssue } from '@/features/issues';
import { portalOrderPathById } from '../lib/portal-paths';

/** The promise of a first answer (the organization's response target), or what became of the issue. */
function ReplyPromise({ issue }: { issue: ClientIssue }) {
  const { dateTime } = useDateFormat();
  if (issue.status === 'resolved' || issue.status === 'closed') {
    return (
      <Alert.Root status="success" variant="subtle" borderRadius="md">
        <Alert.Indicator />
        <Alert.Description data-testid="issue-resolution">
          {issue.status === 'resolved' ? 'Resolved' : 'Closed'}
          {issue.resolved_at && <> on {dateTime(issue.resolved_at)}</>}.
          {issue.resolution_notes && ` ${issue.resolution_notes}`} If something is still wrong, reply below and we will
          look again.
        </Alert.Description>
      </Alert.Root>
    );
  }
  if (issue.first_responded_at !== null) return null;
  return (
    <Alert.Root status="info" variant="subtle" borderRadius="md">
      <Alert.Indicator />
      <Alert.Description data-testid="reply-promise">
        We aim to reply by {dateTime(issue.first_response_due_at)}.
      </Alert.Description>
    </Alert.Root>
  );
}

function MyIssue({ issueId }: { issueId: number }) {
  const issue = useIssue<ClientIssue>(issueId);
  return (
    <QueryView query={issue} subject="this issue" loading={<DetailSkeleton label="Loading the issue" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.title,
            meta: record.code,
            badges: <StatusBadge status={record.status} data-testid="issue-status" />,
          }}
          primary={
            <SectionCard title="Details" bodyGap="5">
              <DetailList>
                <DetailItem label="Status">
                  <StatusBadge status={record.status} />
                </DetailItem>
                <DetailItem label="Priority">
                  <PriorityBadge priority={record.priority} />
                </DetailItem>
                <DetailItem label="Category">{CATEGORY_LABELS[record.category]}</DetailItem>
                <DetailItem label="Order">
                  {record.order_id !== null && (
                    <RouterLink to={portalOrderPathById(record.order_id)}>{record.order_code}</RouterLink>
                  )}
                </DetailItem>
                <DetailItem label="Raised">
                  <DateTimeText iso={record.created_at} />
                </DetailItem>
              </DetailList>
              <NotesBlock label="Description" notes={record.description} />
            </SectionCard>
          }
          secondary={
            <Stack gap="4" minW="0">
              <ReplyPromise issue={record} />
              <ConversationCard issueId={record.id} viewer="client" canComment={record.permissions.comment} />
            </Stack>
          }
        />
      )}
    </QueryView>
  );
}

/** `/portal/issues/:id`: the Client's issue, our replies (never internal notes), and their own. */
export default function MyIssuePage() {
  return (
    <DetailPage backTo="/portal/issues" backLabel="My issues">
      {(id) => <MyIssue issueId={id} />}
    </DetailPage>
  );
}
