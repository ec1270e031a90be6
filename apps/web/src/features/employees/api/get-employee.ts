import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Employee } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { employeeKeys } from './employee-keys';

export async function getEmployee(id: number): Promise<Employee> {
  const response = await apiClient.get<Employee>(`employees/${String(id)}/`);
  return response.data;
}

export const employeeQueryOptions = (id: number) =>
  queryOptions({ queryKey: employeeKeys.detail(id), queryFn: () => getEmployee(id) });

export function useEmployee(id: number, enabled = true) {
  return useQuery({ ...employeeQueryOptions(id), enabled });
}
