import type { Activity } from '@crm/contracts';
import { Box, Button, FeedItem, HStack, RelativeTime, Stack, StatusBadge, Text } from '@/components/ui';
import { useCompleteActivity } from '../api/complete-activity';
import { ACTIVITY_TYPE_STYLES } from './activity-type';

interface TimelineActivityItemProps {
  activity: Activity;
  /** Whether the viewer may update this activity (its `permissions.update`). */
  canComplete: boolean;
}

function isOverdue(activity: Activity): boolean {
  return !activity.is_completed && activity.due_at !== null && new Date(activity.due_at).getTime() < Date.now();
}

/** A call, note, task…: who logged it and when, its details, and for an open task its due date and "Complete". */
export function TimelineActivityItem({ activity, canComplete }: TimelineActivityItemProps) {
  const style = ACTIVITY_TYPE_STYLES[activity.type];
  const completeActivity = useCompleteActivity();
  const isOpenTask = activity.type === 'task' && !activity.is_completed;

  return (
    <FeedItem icon={<style.icon />} colorPalette={style.colorPalette}>
      <HStack align="flex-start" justify="space-between" gap="3">
        <Stack gap="0.5" minW="0">
          <Text fontWeight="medium" wordBreak="break-word">
            {activity.subject}
          </Text>
          <Text textStyle="xs" color="fg.muted">
            {style.label}
            {activity.created_by_name ? ` by ${activity.created_by_name}` : ''}
            {' · '}
            <RelativeTime iso={activity.created_at} />
          </Text>
        </Stack>
        {isOpenTask && canComplete && (
          <Button
            size="xs"
            variant="outline"
            flexShrink={0}
            loading={completeActivity.isPending}
            onClick={() => completeActivity.mutate(activity.id)}
            aria-label={`Complete task ${activity.subject}`}
          >
            Complete
          </Button>
        )}
      </HStack>
      {activity.body && (
        <Text textStyle="sm" whiteSpace="pre-wrap" wordBreak="break-word" mt="1">
          {activity.body}
        </Text>
      )}
      {activity.type === 'task' && (
        <HStack gap="2" mt="1" textStyle="xs">
          {activity.is_completed && activity.completed_at ? (
            <>
              <StatusBadge status="completed" size="sm" />
              <Box as="span" color="fg.muted">
                <RelativeTime iso={activity.completed_at} />
              </Box>
            </>
          ) : activity.due_at ? (
            <Box as="span" color={isOverdue(activity) ? 'fg.error' : 'fg.muted'}>
              {isOverdue(activity) ? 'Overdue, was due ' : 'Due '}
              <RelativeTime iso={activity.due_at} />
            </Box>
          ) : (
            <Box as="span" color="fg.muted">
              No due date
            </Box>
          )}
        </HStack>
      )}
    </FeedItem>
  );
}
