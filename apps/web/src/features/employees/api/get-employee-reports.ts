import { queryOptions, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Employee, type Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { employeeKeys } from './employee-keys';

/** The people who report to a manager directly; a page of the maximum size, with the total. */
export async function getEmployeeReports(managerId: number): Promise<Paginated<Employee>> {
  const response = await apiClient.get<Paginated<Employee>>('employees/', {
    params: { manager: managerId, ordering: 'last_name', page_size: MAX_PAGE_SIZE },
  });
  return response.data;
}

export const employeeReportsQueryOptions = (managerId: number) =>
  queryOptions({ queryKey: employeeKeys.reports(managerId), queryFn: () => getEmployeeReports(managerId) });

export function useEmployeeReports(managerId: number) {
  return useQuery(employeeReportsQueryOptions(managerId));
}
