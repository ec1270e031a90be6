import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Employee, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export type AssigneeOption = Pick<Employee, 'id' | 'full_name'>;

/** Active employees by name, for the issue's assignee select. */
export async function getAssigneeOptions(): Promise<AssigneeOption[]> {
  const response = await apiClient.get<Paginated<Employee>>('employees/', {
    params: { page_size: 100, status: 'active', ordering: 'last_name' },
  });
  return response.data.results.map(({ id, full_name }) => ({ id, full_name }));
}

export const assigneeOptionsQueryOptions = () =>
  queryOptions({ queryKey: issueKeys.assigneeOptions(), queryFn: getAssigneeOptions, staleTime: 60_000 });

export function useAssigneeOptions() {
  return useQuery(assigneeOptionsQueryOptions());
}
