import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Employee, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { employeeKeys } from './employee-keys';

const OPTION_COUNT = 20;

/** Employees matching a typed name, for the manager picker. */
export async function getEmployeeOptions(search: string): Promise<Employee[]> {
  const params: Record<string, string | number> = { page_size: OPTION_COUNT, ordering: 'last_name' };
  if (search) params.search = search;
  const response = await apiClient.get<Paginated<Employee>>('employees/', { params });
  return response.data.results;
}

export const employeeOptionsQueryOptions = (search: string) =>
  queryOptions({
    queryKey: employeeKeys.options(search),
    queryFn: () => getEmployeeOptions(search),
    staleTime: 30_000,
    placeholderData: keepPreviousData,
  });

export function useEmployeeOptions(search: string, enabled = true) {
  return useQuery({ ...employeeOptionsQueryOptions(search), enabled });
}
