import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Employee } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { employeeKeys } from './employee-keys';

/** The caller's own employee record in the active organization ("Me" in the assignee picker). */
export async function getMyEmployee(): Promise<Employee> {
  const response = await apiClient.get<Employee>('employees/me/');
  return response.data;
}

export const myEmployeeQueryOptions = () =>
  queryOptions({ queryKey: employeeKeys.me(), queryFn: getMyEmployee, staleTime: 5 * 60_000 });

export function useMyEmployee(enabled = true) {
  return useQuery({ ...myEmployeeQueryOptions(), enabled });
}
