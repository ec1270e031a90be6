import { LuCalendarCheck, LuCheck } from 'react-icons/lu';
import type { Activity, ActivityDue } from '@crm/contracts';
import {
  Badge,
  Box,
  Button,
  HStack,
  LoadErrorPanel,
  PageHeader,
  RelativeTime,
  RouterLink,
  SectionCard,
  Skeleton,
  Stack,
  Text,
} from '@/components/ui';
import { ACTIVITY_TYPE_STYLES, activityRecordLink } from '@/features/activities';
import { MY_WORK_PAGE_SIZE, useCompleteMyWork, useMyWorkBucket } from '../api/my-work';

interface BucketInfo {
  due: ActivityDue;
  title: string;
  /** "Nothing overdue." */
  empty: string;
  /** What "due …" reads as in this bucket. */
  dueWord: string;
}

const BUCKETS: readonly BucketInfo[] = [
  { due: 'overdue', title: 'Overdue', empty: 'Nothing overdue. Well done.', dueWord: 'Was due' },
  { due: 'today', title: 'Today', empty: 'Nothing due today.', dueWord: 'Due' },
  {
    due: 'upcoming',
    title: 'Upcoming',
    empty: 'Nothing scheduled after today. Add a task on a customer, lead or deal to plan ahead.',
    dueWord: 'Due',
  },
];

function WorkItem({ activity, bucket }: { activity: Activity; bucket: BucketInfo }) {
  const complete = useCompleteMyWork();
  const style = ACTIVITY_TYPE_STYLES[activity.type];
  const record = activityRecordLink(activity);
  return (
    <HStack as="li" gap="3" align="flex-start" py="3" borderBottomWidth="1px" _last={{ borderBottomWidth: 0 }}>
      <Box as="span" color={`${style.colorPalette}.fg`} mt="1" display="inline-flex" aria-hidden>
        <style.icon />
      </Box>
      <Stack gap="0.5" flex="1" minW="0">
        {record ? (
          <RouterLink to={record.path} fontWeight="medium" wordBreak="break-word">
            {activity.subject}
          </RouterLink>
        ) : (
          <Text fontWeight="medium">{activity.subject}</Text>
        )}
        <Text textStyle="xs" color={bucket.due === 'overdue' ? 'fg.error' : 'fg.muted'}>
          {style.label}
          {record && ` on ${record.label}`}
          {activity.due_at && (
            <>
              {' · '}
              {bucket.dueWord} <RelativeTime iso={activity.due_at} />
            </>
          )}
        </Text>
        {activity.body && (
          <Text textStyle="sm" color="fg.muted" lineClamp={2} wordBreak="break-word">
            {activity.body}
          </Text>
        )}
      </Stack>
      {activity.permissions.update && (
        <Button
          size="xs"
          variant="outline"
          flexShrink={0}
          loading={complete.isPending}
          onClick={() => complete.mutate(activity)}
          aria-label={`Complete ${activity.subject}`}
        >
          <LuCheck aria-hidden /> Complete
        </Button>
      )}
    </HStack>
  );
}

function Bucket({ bucket }: { bucket: BucketInfo }) {
  const query = useMyWorkBucket(bucket.due);
  const count = query.data?.count;
  return (
    <SectionCard
      title={bucket.title}
      titleExtra={
        count !== undefined && (
          <Badge
            variant="subtle"
            colorPalette={bucket.due === 'overdue' && count > 0 ? 'red' : 'gray'}
            data-testid={`my-work-${bucket.due}-count`}
          >
            {count}
          </Badge>
        )
      }
    >
      {query.isPending ? (
        <Stack gap="3" aria-busy="true" aria-label={`Loading ${bucket.title.toLowerCase()} work`}>
          <Skeleton height="10" />
          <Skeleton height="10" />
        </Stack>
      ) : query.isError ? (
        <LoadErrorPanel
          error={query.error}
          subject={`${bucket.title.toLowerCase()} work`}
          onRetry={() => void query.refetch()}
          isRetrying={query.isFetching}
        />
      ) : query.data.results.length === 0 ? (
        <Text color="fg.muted">{bucket.empty}</Text>
      ) : (
        <Box>
          <Box as="ul" listStyleType="none" m="0" p="0" aria-label={`${bucket.title} work`}>
            {query.data.results.map((activity) => (
              <WorkItem key={activity.id} activity={activity} bucket={bucket} />
            ))}
          </Box>
          {query.data.count > query.data.results.length && (
            <Text textStyle="sm" color="fg.muted" pt="2">
              Showing the first {MY_WORK_PAGE_SIZE} of {query.data.count}.{' '}
              <RouterLink to="/activities?assigned_to=me&completed=false">See them all</RouterLink>
            </Text>
          )}
        </Box>
      )}
    </SectionCard>
  );
}

/** `/my-work`: the caller's open tasks and follow-ups, overdue first, then today, then later. */
export default function MyWorkPage() {
  return (
    <Stack gap="6" maxW="4xl">
      <PageHeader
        title="My work"
        description={
          <HStack as="span" gap="2">
            <LuCalendarCheck aria-hidden />
            <span>Everything assigned to you that has a due date and is not done yet.</span>
          </HStack>
        }
      />
      {BUCKETS.map((bucket) => (
        <Bucket key={bucket.due} bucket={bucket} />
      ))}
    </Stack>
  );
}
