import { Badge, type BadgeProps } from '@chakra-ui/react';

/**
 * One colour per status across the app (UX: visual language): open and new blue, in-between states
 * yellow, good outcomes green, bad outcomes red, dormant grey, VIP purple.
 */
const STATUS_PALETTES: Record<string, BadgeProps['colorPalette']> = {
  active: 'green',
  open: 'blue',
  new: 'blue',
  prospect: 'blue',
  in_progress: 'blue',
  pending: 'yellow',
  contacted: 'yellow',
  processing: 'yellow',
  on_leave: 'yellow',
  suspended: 'orange',
  won: 'green',
  completed: 'green',
  resolved: 'green',
  confirmed: 'green',
  qualified: 'green',
  converted: 'teal',
  lost: 'red',
  cancelled: 'red',
  failed: 'red',
  unqualified: 'red',
  blacklisted: 'red',
  refunded: 'orange',
  inactive: 'gray',
  closed: 'gray',
  draft: 'gray',
  terminated: 'gray',
  vip: 'purple',
};

const SPECIAL_LABELS: Record<string, string> = { vip: 'VIP' };

/** "in_progress" → "In progress". */
export function statusLabel(status: string): string {
  const special = SPECIAL_LABELS[status];
  if (special) return special;
  const words = status.replace(/_/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

export interface StatusBadgeProps extends Omit<BadgeProps, 'children'> {
  status: string;
  /** Overrides the label derived from the status value. */
  label?: string;
}

export function StatusBadge({ status, label, ...rest }: StatusBadgeProps) {
  return (
    <Badge colorPalette={STATUS_PALETTES[status] ?? 'gray'} variant="subtle" {...rest}>
      {label ?? statusLabel(status)}
    </Badge>
  );
}
