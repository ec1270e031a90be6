import { LuCalendarClock } from 'react-icons/lu';
import { ACTIVITY_ORDERING, ACTIVITY_TYPES, type Activity } from '@crm/contracts';
import {
  Box,
  Button,
  HStack,
  RelativeTime,
  StatusBadge,
  Text,
  useListUrlState,
  type ListUrlConfig,
} from '@/components/ui';
import { EmptyValue, ListView, RecordLinkCell, type ListColumn } from '@/components/ui/list-view';
import { ASSIGNEE_FILTER_VALUES, assigneeListFilter } from '@/lib/assignee-filter';
import { useActivities } from '../api/get-activities';
import { useCompleteActivity } from '../api/complete-activity';
import { ACTIVITY_TYPE_STYLES } from '../components/activity-type';
import { activityRecordLink } from '../lib/activity-record';

type ActivityFilter = 'type' | 'assigned_to' | 'completed';

const LIST_CONFIG: ListUrlConfig<ActivityFilter> = {
  orderingFields: ACTIVITY_ORDERING,
  filters: { type: ACTIVITY_TYPES, assigned_to: ASSIGNEE_FILTER_VALUES, completed: ['true', 'false'] },
};

const TYPE_OPTIONS = ACTIVITY_TYPES.map((type) => ({ value: type, label: ACTIVITY_TYPE_STYLES[type].label }));
const COMPLETED_OPTIONS = [
  { value: 'false', label: 'Open' },
  { value: 'true', label: 'Completed' },
];

const isOverdue = (activity: Activity) =>
  !activity.is_completed && activity.due_at !== null && new Date(activity.due_at).getTime() < Date.now();

function CompleteButton({ activity }: { activity: Activity }) {
  const complete = useCompleteActivity();
  if (activity.is_completed || !activity.permissions.update) return null;
  return (
    <Button
      size="xs"
      variant="outline"
      loading={complete.isPending}
      onClick={() => complete.mutate(activity.id)}
      aria-label={`Complete ${activity.subject}`}
    >
      Complete
    </Button>
  );
}

const COLUMNS: ListColumn<Activity>[] = [
  {
    id: 'subject',
    header: 'Activity',
    sortField: 'subject',
    cellProps: { maxW: 'sm' },
    cell: (activity) => {
      const style = ACTIVITY_TYPE_STYLES[activity.type];
      const record = activityRecordLink(activity);
      return (
        <HStack gap="2" align="flex-start">
          <Box as="span" color={`${style.colorPalette}.fg`} mt="1" display="inline-flex" aria-hidden>
            <style.icon />
          </Box>
          <Text as="span" srOnly>
            {style.label}:
          </Text>
          {record ? (
            <RecordLinkCell to={record.path} subtitle={`${style.label} on ${record.label}`}>
              {activity.subject}
            </RecordLinkCell>
          ) : (
            <Text>{activity.subject}</Text>
          )}
        </HStack>
      );
    },
  },
  {
    id: 'due',
    header: 'Due',
    sortField: 'due_at',
    cellProps: { whiteSpace: 'nowrap' },
    cell: (activity) =>
      activity.due_at ? (
        <Text as="span" color={isOverdue(activity) ? 'fg.error' : undefined}>
          <RelativeTime iso={activity.due_at} />
        </Text>
      ) : (
        <EmptyValue />
      ),
  },
  {
    id: 'status',
    header: 'Status',
    cell: (activity) =>
      activity.is_completed ? (
        <StatusBadge status="completed" />
      ) : isOverdue(activity) ? (
        <StatusBadge status="failed" label="Overdue" />
      ) : (
        <StatusBadge status="open" />
      ),
  },
  {
    id: 'assigned',
    header: 'Assigned to',
    cell: (activity) => activity.assigned_to_name ?? <EmptyValue>Unassigned</EmptyValue>,
  },
  {
    id: 'created',
    header: 'Created',
    sortField: 'created_at',
    cellProps: { color: 'fg.muted', whiteSpace: 'nowrap' },
    cell: (activity) => <RelativeTime iso={activity.created_at} />,
  },
  {
    id: 'actions',
    header: 'Actions',
    isHeaderHidden: true,
    align: 'end',
    cell: (activity) => <CompleteButton activity={activity} />,
  },
];

/** `/activities`: every call, email, meeting, note and task the caller can see, filtered and sorted. */
export default function ActivitiesListPage() {
  const list = useListUrlState(LIST_CONFIG);
  const activities = useActivities(list.apiParams);
  return (
    <ListView
      title="Activities"
      description="Calls, meetings, notes and tasks on your customers, leads and deals."
      list={list}
      query={activities}
      search={{ label: 'Search activities' }}
      filters={[
        { key: 'type', label: 'Type', placeholder: 'All types', options: TYPE_OPTIONS, width: '40' },
        assigneeListFilter,
        { key: 'completed', label: 'Status', placeholder: 'Open and completed', options: COMPLETED_OPTIONS },
      ]}
      columns={COLUMNS}
      getRowKey={(activity) => activity.id}
      itemLabel="activities"
      defaultOrdering="-created_at"
      empty={{
        icon: <LuCalendarClock />,
        filterHint: 'Try another type, assignee or status.',
        description: 'Log a call or add a task from a customer, lead or deal page; it shows up here.',
      }}
      maxW="7xl"
    />
  );
}
