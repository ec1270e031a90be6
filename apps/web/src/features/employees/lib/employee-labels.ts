import { EMPLOYEE_STATUSES, type EmployeeStatus } from '@crm/contracts';

export const EMPLOYEE_STATUS_LABELS: Record<EmployeeStatus, string> = {
  active: 'Active',
  on_leave: 'On leave',
  terminated: 'Terminated',
};

export const EMPLOYEE_STATUS_OPTIONS = EMPLOYEE_STATUSES.map((status) => ({
  value: status,
  label: EMPLOYEE_STATUS_LABELS[status],
}));

/** "2024-03-01" in the user's locale; a calendar date, so no time zone may shift it. */
export function formatCalendarDate(date: string): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}
