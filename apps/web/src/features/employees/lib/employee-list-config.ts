import { EMPLOYEE_ORDERING, EMPLOYEE_STATUSES } from '@crm/contracts';
import type { ListUrlConfig } from '@/components/ui';

export type EmployeeFilter = 'status' | 'department' | 'manager';

const MAX_ID = 2 ** 31 - 1;

export const isEmployeeId = (value: string) =>
  /^\d{1,10}$/.test(value) && Number(value) >= 1 && Number(value) <= MAX_ID;

/** Departments are free text, matched exactly (ignoring case) by the API. */
export const isDepartment = (value: string) => value.trim().length > 0 && value.length <= 100;

export const EMPLOYEE_LIST_CONFIG: ListUrlConfig<EmployeeFilter> = {
  orderingFields: EMPLOYEE_ORDERING,
  filters: { status: EMPLOYEE_STATUSES, department: isDepartment, manager: isEmployeeId },
};
