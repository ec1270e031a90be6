import { Stack, StatusBadge } from '@/components/ui';
import { DetailPage, DetailSkeleton, QueryView, RecordLayout } from '@/components/ui/detail-page';
import { useNavigate } from 'react-router';
import { useIssue } from '../api/get-issue';
import { ConversationCard } from '../components/conversation-card';
import { OverdueBadge, PriorityBadge } from '../components/issue-badges';
import { IssueActions } from '../components/issue-actions';
import { IssueSummaryCard } from '../components/issue-summary-card';
import { isResponseOverdue } from '../components/response-due';

function IssueDetail({ issueId }: { issueId: number }) {
  const issue = useIssue(issueId);
  const navigate = useNavigate();
  return (
    <QueryView query={issue} subject="this issue" loading={<DetailSkeleton label="Loading the issue" />}>
      {(record) => (
        <RecordLayout
          header={{
            title: record.title,
            meta: record.code,
            badges: (
              <>
                <StatusBadge status={record.status} data-testid="issue-status" />
                <PriorityBadge priority={record.priority} />
                {isResponseOverdue(record) && <OverdueBadge />}
              </>
            ),
            actions: <IssueActions issue={record} onDeleted={() => void navigate('/issues', { replace: true })} />,
          }}
          primary={<IssueSummaryCard issue={record} />}
          secondary={
            <Stack gap="6" minW="0">
              <ConversationCard issueId={record.id} viewer="staff" canComment={record.permissions.comment} />
            </Stack>
          }
        />
      )}
    </QueryView>
  );
}

/** `/issues/:id`: the ticket's details, its conversation with internal notes, resolve and reopen. */
export default function IssueDetailPage() {
  return (
    <DetailPage backTo="/issues" backLabel="Issues">
      {(id) => <IssueDetail issueId={id} />}
    </DetailPage>
  );
}
