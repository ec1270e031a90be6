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
