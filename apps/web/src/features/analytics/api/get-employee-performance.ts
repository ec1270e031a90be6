import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { EmployeePerformance } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { DateRange } from '../lib/period';
import { analyticsKeys } from './analytics-keys';

/** Every employee the caller may see, so the leaderboard sorts on the client. */
export async function getEmployeePerformance(range: DateRange): Promise<EmployeePerformance[]> {
  const response = await apiClient.get<EmployeePerformance[]>('analytics/employee_performance/', { params: range });
  return response.data;
}

export function useEmployeePerformance(range: DateRange, enabled = true) {
  return useQuery({
    queryKey: analyticsKeys.employeePerformance(range),
    queryFn: () => getEmployeePerformance(range),
    placeholderData: keepPreviousData,
    enabled,
  });
}
