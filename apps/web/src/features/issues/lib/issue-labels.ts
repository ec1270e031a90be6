import {
  CLIENT_ISSUE_PRIORITIES,
  ISSUE_CATEGORIES,
  ISSUE_PRIORITIES,
  ISSUE_STATUSES,
  type IssueCategory,
  type IssuePriority,
  type IssueStatus,
} from '@crm/contracts';
import { statusLabel, type SelectOption } from '@/components/ui';

export const PRIORITY_LABELS: Record<IssuePriority, string> = {
  low: 'Low',
  medium: 'Medium',
  high: 'High',
  urgent: 'Urgent',
};

export const CATEGORY_LABELS: Record<IssueCategory, string> = {
  general: 'General',
  delivery: 'Delivery',
  quality: 'Quality',
  billing: 'Billing',
  technical: 'Technical',
  other: 'Other',
};

export const PRIORITY_OPTIONS: SelectOption[] = ISSUE_PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }));
/** `urgent` is for staff to set (PRODUCT §3). */
export const CLIENT_PRIORITY_OPTIONS: SelectOption[] = CLIENT_ISSUE_PRIORITIES.map((p) => ({
  value: p,
  label: PRIORITY_LABELS[p],
}));
export const CATEGORY_OPTIONS: SelectOption[] = ISSUE_CATEGORIES.map((c) => ({ value: c, label: CATEGORY_LABELS[c] }));
export const ISSUE_STATUS_OPTIONS: SelectOption[] = ISSUE_STATUSES.map((s) => ({ value: s, label: statusLabel(s) }));

/** The buttons of the staff's PATCH moves (ISSUE_STATUS_MOVES); resolve and reopen are actions. */
export const STATUS_MOVE_LABELS: Record<IssueStatus, string> = {
  in_progress: 'Start work',
  open: 'Back to open',
  closed: 'Close',
  resolved: 'Resolve',
};
