import { LuCalendarCheck, LuCircleAlert } from 'react-icons/lu';
import type { Dashboard } from '@crm/contracts';
import { Box, Card, HStack, RouterLink, Stack, Text, VisuallyHidden } from '@/components/ui';
import { formatCount } from '@/features/analytics';

const MY_WORK = '/my-work';

function TaskCount({ count, label, tone }: { count: number; label: string; tone: 'overdue' | 'today' }) {
  const isUrgent = tone === 'overdue' && count > 0;
  const Icon = tone === 'overdue' ? LuCircleAlert : LuCalendarCheck;
  return (
    <RouterLink
      to={MY_WORK}
      color={isUrgent ? 'fg.error' : 'fg'}
      textDecoration="none"
      display="flex"
      alignItems="center"
      gap="2"
      data-testid={`my-tasks-${tone}`}
    >
      <Box as="span" aria-hidden fontSize="lg" color={isUrgent ? 'fg.error' : 'fg.muted'}>
        <Icon />
      </Box>
      <Text as="span" fontSize="2xl" fontWeight="semibold" fontVariantNumeric="tabular-nums">
        {formatCount(count)}
      </Text>{' '}
      <Text as="span" color="fg.muted" textStyle="sm">
        {label}
      </Text>
      {/* The name is the visible text and then where the link goes (WCAG 2.5.3). */}
      <VisuallyHidden>, open My work</VisuallyHidden>
    </RouterLink>
  );
}

/** The caller's own tasks: overdue and due today, each leading to My work. */
export function MyTasksCard({ tasks }: { tasks: Dashboard['my_tasks'] }) {
  return (
    <Card.Root size="sm" variant="outline" as="section" aria-label="Your tasks">
      <Card.Body>
        <Stack gap="2">
          <HStack justify="space-between">
            <Text textStyle="sm" fontWeight="medium">
              Your tasks
            </Text>
            <RouterLink to={MY_WORK} textStyle="sm">
              My work
            </RouterLink>
          </HStack>
          <TaskCount count={tasks.overdue} label="overdue" tone="overdue" />
          <TaskCount count={tasks.today} label="due today" tone="today" />
        </Stack>
      </Card.Body>
    </Card.Root>
  );
}
