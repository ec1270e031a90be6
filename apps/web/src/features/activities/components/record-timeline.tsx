import type { TimelineEntry } from '@crm/contracts';
import {
  Button,
  Center,
  ErrorPanel,
  FeedList,
  HStack,
  SkeletonCircle,
  SkeletonText,
  Stack,
  Text,
} from '@/components/ui';
import { useTimeline } from '../api/get-timeline';
import type { TimelineSubject } from '../api/timeline-keys';
import { TimelineActivityItem } from './timeline-activity-item';
import { TimelineEventItem } from './timeline-event-item';

function TimelineSkeleton() {
  return (
    <Stack gap="5" aria-busy="true" aria-label="Loading the timeline">
      {[0, 1, 2].map((index) => (
        <HStack key={index} gap="3" align="flex-start">
          <SkeletonCircle size="6" />
          <SkeletonText noOfLines={2} flex="1" />
        </HStack>
      ))}
    </Stack>
  );
}

/** Offset pages shift when entries are added while paging, so an entry could arrive twice. */
function uniqueEntries(pages: { results: TimelineEntry[] }[]): TimelineEntry[] {
  const seen = new Set<string>();
  return pages
    .flatMap((page) => page.results)
    .filter((entry) => {
      if (seen.has(entry.id)) return false;
      seen.add(entry.id);
      return true;
    });
}

/** Activities and changes of a customer, lead or deal, newest first, with "Load more". */
export function RecordTimeline({ subject }: { subject: TimelineSubject }) {
  const timeline = useTimeline(subject);

  if (timeline.isPending) return <TimelineSkeleton />;
  if (timeline.isError) {
    return (
      <ErrorPanel
        title="The timeline could not be loaded"
        message={timeline.error.message}
        onRetry={() => void timeline.refetch()}
        isRetrying={timeline.isFetching}
      />
    );
  }

  const entries = uniqueEntries(timeline.data.pages);
  if (entries.length === 0) {
    return <Text color="fg.muted">Nothing has happened here yet. Log a call or add a note to start the history.</Text>;
  }

  return (
    <Stack gap="2">
      <FeedList label="Timeline">
        {entries.map((entry) =>
          entry.kind === 'activity' && entry.activity ? (
            <TimelineActivityItem
              key={entry.id}
              activity={entry.activity}
              canComplete={entry.activity.permissions.update}
            />
          ) : entry.event ? (
            <TimelineEventItem key={entry.id} event={entry.event} at={entry.at} subjectKind={subject.kind} />
          ) : null,
        )}
      </FeedList>
      {timeline.hasNextPage && (
        <Center>
          <Button
            variant="outline"
            size="sm"
            onClick={() => void timeline.fetchNextPage()}
            loading={timeline.isFetchingNextPage}
          >
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}
