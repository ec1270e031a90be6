import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { Dashboard } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { analyticsKeys, type DateRange } from '@/features/analytics';

/** Everything the dashboard draws, in one request (PRODUCT §7). */
export async function getDashboard(range: DateRange): Promise<Dashboard> {
  const response = await apiClient.get<Dashboard>('analytics/dashboard/', { params: range });
  return response.data;
}

export function useDashboard(range: DateRange, enabled = true) {
  return useQuery({
    queryKey: analyticsKeys.dashboard(range),
    queryFn: () => getDashboard(range),
    // A new period keeps the old figures on screen until its own arrive, instead of a skeleton.
    placeholderData: keepPreviousData,
    enabled,
  });
}
