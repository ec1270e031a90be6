import { LuActivity } from 'react-icons/lu';
import type { Activity } from '@crm/contracts';
import { EmptyState, FeedItem, FeedList, RelativeTime, RouterLink, SectionCard, Stack, Text } from '@/components/ui';
import { ACTIVITY_TYPE_STYLES, activityRecordLink } from '@/features/activities';

function RecentActivityItem({ activity }: { activity: Activity }) {
  const style = ACTIVITY_TYPE_STYLES[activity.type];
  const record = activityRecordLink(activity);
  return (
    <FeedItem icon={<style.icon />} colorPalette={style.colorPalette}>
      <Stack gap="0.5" minW="0">
        {record ? (
          <RouterLink to={record.path} fontWeight="medium" wordBreak="break-word">
            {activity.subject}
          </RouterLink>
        ) : (
          <Text fontWeight="medium" wordBreak="break-word">
            {activity.subject}
          </Text>
        )}
        <Text textStyle="xs" color="fg.muted">
          {style.label}
          {record ? ` on ${record.label}` : ''}
          {activity.created_by_name ? ` by ${activity.created_by_name}` : ''}
          {' · '}
          <RelativeTime iso={activity.created_at} />
        </Text>
      </Stack>
    </FeedItem>
  );
}

/** The ten latest calls, notes, meetings and tasks the caller may see, each linked to its record. */
export function RecentActivityCard({ activities }: { activities: readonly Activity[] }) {
  return (
    <SectionCard title="Recent activity">
      {activities.length === 0 ? (
        <EmptyState
          icon={<LuActivity />}
          title="No activity yet"
          description="Calls, notes, meetings and tasks logged on customers, leads and deals show here."
        />
      ) : (
        <FeedList label="Recent activity">
          {activities.map((activity) => (
            <RecentActivityItem key={activity.id} activity={activity} />
          ))}
        </FeedList>
      )}
    </SectionCard>
  );
}
