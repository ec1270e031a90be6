import type { IssuePriority } from '@crm/contracts';
import { Badge } from '@/components/ui';
import { PRIORITY_LABELS } from '../lib/issue-labels';

const PRIORITY_PALETTES: Record<IssuePriority, string> = {
  low: 'gray',
  medium: 'yellow',
  high: 'orange',
  urgent: 'red',
};

export function PriorityBadge({ priority }: { priority: IssuePriority }) {
  return (
    <Badge colorPalette={PRIORITY_PALETTES[priority]} variant="outline">
      {PRIORITY_LABELS[priority]}
    </Badge>
  );
}

/** No first response yet and its due time has passed (PRODUCT §4). */
export function OverdueBadge() {
  return (
    <Badge colorPalette="red" variant="solid" data-testid="response-overdue">
      Response overdue
    </Badge>
  );
}
