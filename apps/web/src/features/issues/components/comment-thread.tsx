import { LuLock } from 'react-icons/lu';
import { Badge, Box, HStack, RelativeTime, Stack, Text } from '@/components/ui';
import type { ThreadComment } from '../api/types';

export const INTERNAL_NOTE_LABEL = 'Internal note — not visible to the customer';

/** Who wrote a comment, as the viewer reads it: their own customer's side is "You" in the portal. */
export type ThreadViewer = 'staff' | 'client';

function AuthorBadge({ comment, viewer }: { comment: ThreadComment; viewer: ThreadViewer }) {
  if (comment.is_staff) {
    return (
      <Badge colorPalette="blue" variant="subtle">
        {viewer === 'client' ? 'Support team' : 'Staff'}
      </Badge>
    );
  }
  return (
    <Badge colorPalette="purple" variant="subtle">
      Customer
    </Badge>
  );
}

function CommentItem({ comment, viewer }: { comment: ThreadComment; viewer: ThreadViewer }) {
  const isInternal = comment.is_internal === true;
  return (
    <Box
      as="article"
      aria-label={`${isInternal ? 'Internal note' : 'Comment'} by ${comment.author_name}`}
      data-testid="issue-comment"
      data-internal={isInternal ? 'true' : 'false'}
      borderWidth="1px"
      borderStyle={isInternal ? 'dashed' : 'solid'}
      borderColor={isInternal ? 'orange.emphasized' : comment.is_staff ? 'border' : 'purple.muted'}
      bg={isInternal ? 'orange.subtle' : comment.is_staff ? 'bg.subtle' : 'bg.panel'}
      borderRadius="md"
      p="3"
    >
      <Stack gap="2">
        {isInternal && (
          <HStack gap="1.5" color="orange.fg" fontWeight="semibold" textStyle="sm">
            <LuLock aria-hidden />
            <Text>{INTERNAL_NOTE_LABEL}</Text>
          </HStack>
        )}
        <HStack gap="2" wrap="wrap">
          <Text fontWeight="semibold">{comment.author_name}</Text>
          <AuthorBadge comment={comment} viewer={viewer} />
          <Text textStyle="sm" color="fg.muted">
            <RelativeTime iso={comment.created_at} />
          </Text>
        </HStack>
        <Text whiteSpace="pre-wrap" wordBreak="break-word">
          {comment.body}
        </Text>
      </Stack>
    </Box>
  );
}

/** An issue's conversation, oldest first; staff notes stand out so nobody mistakes them for replies. */
export function CommentThread({
  comments,
  viewer,
  total,
}: {
  comments: readonly ThreadComment[];
  viewer: ThreadViewer;
  /** All comments on the issue, when more exist than are shown. */
  total?: number;
}) {
  if (comments.length === 0) {
    return (
      <Text color="fg.muted">
        {viewer === 'client' ? 'No replies yet. We will answer here.' : 'No comments yet. Reply to the customer below.'}
      </Text>
    );
  }
  return (
    <Stack gap="3" as="ol" listStyleType="none" m="0" p="0" aria-label="Conversation">
      {comments.map((comment) => (
        <li key={comment.id}>
          <CommentItem comment={comment} viewer={viewer} />
        </li>
      ))}
      {total !== undefined && total > comments.length && (
        <Text as="li" textStyle="sm" color="fg.muted">
          Showing the first {comments.length} of {total} comments.
        </Text>
      )}
    </Stack>
  );
}
