import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { RevenuePeriod, RevenuePoint } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { DateRange } from '../lib/period';
import { analyticsKeys } from './analytics-keys';

export async function getRevenueByPeriod(range: DateRange, period: RevenuePeriod): Promise<RevenuePoint[]> {
  const response = await apiClient.get<RevenuePoint[]>('analytics/revenue_by_period/', {
    params: { ...range, period },
  });
  return response.data;
}

export function useRevenueByPeriod(range: DateRange, period: RevenuePeriod, enabled = true) {
  return useQuery({
    queryKey: analyticsKeys.revenueByPeriod(range, period),
    queryFn: () => getRevenueByPeriod(range, period),
    placeholderData: keepPreviousData,
    enabled,
  });
}
