import { Badge, ErrorPanel, SectionCard, Skeleton, Stack } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useIssueComments } from '../api/get-issue-comments';
import { CommentComposer } from './comment-composer';
import { CommentThread, type ThreadViewer } from './comment-thread';

interface ConversationCardProps {
  issueId: number;
  viewer: ThreadViewer;
  /** False hides the composer (a role without `comment`). */
  canComment: boolean;
}

/** The thread with the composer under it: staff reply or add internal notes, a Client replies. */
export function ConversationCard({ issueId, viewer, canComment }: ConversationCardProps) {
  const comments = useIssueComments(issueId);
  const count = comments.data?.count;
  const body = () => {
    if (comments.isPending) {
      return (
        <Stack gap="2" aria-busy="true" aria-label="Loading the conversation">
          <Skeleton height="16" />
          <Skeleton height="16" />
        </Stack>
      );
    }
    if (comments.isError) {
      return (
        <ErrorPanel
          title="The conversation could not be loaded"
          message={toApiError(comments.error).message}
          onRetry={() => void comments.refetch()}
          isRetrying={comments.isFetching}
        />
      );
    }
    return <CommentThread comments={comments.data.results} viewer={viewer} total={comments.data.count} />;
  };
  return (
    <SectionCard
      title="Conversation"
      titleExtra={count !== undefined && <Badge variant="subtle">{count}</Badge>}
      bodyGap="4"
    >
      {body()}
      {canComment && <CommentComposer issueId={issueId} allowInternal={viewer === 'staff'} />}
    </SectionCard>
  );
}
