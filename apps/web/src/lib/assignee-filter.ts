/**
 * The "Assigned to" filter every list of records offers (PRODUCT §6: `assigned_to=me|none`); it
 * lives in the URL like the other filters.
 */
export const ASSIGNEE_FILTER_VALUES = ['me', 'none'] as const;
export type AssigneeFilterValue = (typeof ASSIGNEE_FILTER_VALUES)[number];

export const ASSIGNEE_FILTER_OPTIONS = [
  { value: 'me', label: 'Assigned to me' },
  { value: 'none', label: 'Unassigned' },
] as const satisfies readonly { value: AssigneeFilterValue; label: string }[];

/** The toolbar select's definition, for ListView's `filters`. */
export const assigneeListFilter = {
  key: 'assigned_to',
  label: 'Assigned to',
  placeholder: 'Anyone',
  options: ASSIGNEE_FILTER_OPTIONS,
  width: '44',
} as const;

export function isAssigneeFilterValue(value: string | null | undefined): value is AssigneeFilterValue {
  return (ASSIGNEE_FILTER_VALUES as readonly string[]).includes(value ?? '');
}
