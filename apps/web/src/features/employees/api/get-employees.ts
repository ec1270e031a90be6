import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Employee, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { employeeKeys, type EmployeeListParams } from './employee-keys';

export async function getEmployees(params: EmployeeListParams): Promise<Paginated<Employee>> {
  const response = await apiClient.get<Paginated<Employee>>('employees/', { params });
  return response.data;
}

export const employeesQueryOptions = (params: EmployeeListParams) =>
  queryOptions({
    queryKey: employeeKeys.list(params),
    queryFn: () => getEmployees(params),
    placeholderData: keepPreviousData,
  });

export function useEmployees(params: EmployeeListParams) {
  return useQuery(employeesQueryOptions(params));
}
