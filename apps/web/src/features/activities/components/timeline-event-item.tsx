import { LuHistory } from 'react-icons/lu';
import { Box, FeedItem, List, RelativeTime, Text, VisuallyHidden } from '@/components/ui';
import type { TimelineSubjectKind } from '../api/timeline-keys';
import { useValueFormat } from '../lib/use-value-format';
import { describeChanges, describeEvent, type TimelineEvent } from './describe-event';

interface TimelineEventItemProps {
  event: TimelineEvent;
  at: string;
  subjectKind: TimelineSubjectKind;
}

/** A change from the audit log, as a sentence, with old → new values when the viewer may see them. */
export function TimelineEventItem({ event, at, subjectKind }: TimelineEventItemProps) {
  const changes = describeChanges(event, useValueFormat());
  return (
    <FeedItem icon={<LuHistory />} colorPalette="gray">
      <Text textStyle="sm">
        {describeEvent(event, subjectKind)}
        <Box as="span" color="fg.muted">
          {' · '}
          <RelativeTime iso={at} />
        </Box>
      </Text>
      {changes.length > 0 && (
        <List.Root variant="plain" gap="0.5" mt="1" textStyle="sm" aria-label="Changes">
          {changes.map((change) => (
            <List.Item key={change.field} display="block" wordBreak="break-word">
              <Text as="span" color="fg.muted">
                {change.label}:{' '}
              </Text>
              <Text as="span" color="fg.muted" textDecoration="line-through">
                {change.oldValue}
              </Text>
              <span aria-hidden> → </span>
              <VisuallyHidden> changed to </VisuallyHidden>
              <Text as="span" fontWeight="medium">
                {change.newValue}
              </Text>
            </List.Item>
          ))}
        </List.Root>
      )}
    </FeedItem>
  );
}
