import { EMPLOYEE_ORDERING, EMPLOYEE_STATUSES } from '@crm/contracts';
import type { ListUrlConfig } from '@/components/ui';
import { parseRouteId } from '@/lib/use-route-id';

export type EmployeeFilter = 'status' | 'department' | 'manager';

/** A manager filter names an employee by id; anything else in the link is dropped. */
export const isEmployeeId = (value: string) => parseRouteId(value) !== null;

/** Departments are free text, matched exactly (ignoring case) by the API. */
export const isDepartment = (value: string) => value.trim().length > 0 && value.length <= 100;

export const EMPLOYEE_LIST_CONFIG: ListUrlConfig<EmployeeFilter> = {
  orderingFields: EMPLOYEE_ORDERING,
  filters: { status: EMPLOYEE_STATUSES, department: isDepartment, manager: isEmployeeId },
};
