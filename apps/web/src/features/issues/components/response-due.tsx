import type { ClientIssue } from '@crm/contracts';
import { DateTimeText, HStack, Text } from '@/components/ui';
import { OverdueBadge } from './issue-badges';

/** True when nobody has answered yet and the due time has passed (the API's `response_overdue`). */
export function isResponseOverdue(issue: ClientIssue, now: Date = new Date()): boolean {
  if ('response_overdue' in issue && typeof issue.response_overdue === 'boolean') return issue.response_overdue;
  return issue.first_responded_at === null && new Date(issue.first_response_due_at) < now;
}

/** Staff: when the first reply is due (or when it came), with the overdue badge once it is late. */
export function ResponseDue({ issue }: { issue: ClientIssue }) {
  if (issue.first_responded_at !== null) {
    return (
      <Text>
        Answered <DateTimeText iso={issue.first_responded_at} />
      </Text>
    );
  }
  return (
    <HStack gap="2" wrap="wrap">
      <Text data-testid="first-response-due">
        Due <DateTimeText iso={issue.first_response_due_at} />
      </Text>
      {isResponseOverdue(issue) && <OverdueBadge />}
    </HStack>
  );
}
