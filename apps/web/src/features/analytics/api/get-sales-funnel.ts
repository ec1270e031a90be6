import { keepPreviousData, useQuery } from '@tanstack/react-query';
import type { FunnelStage } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { DateRange } from '../lib/period';
import { analyticsKeys } from './analytics-keys';

/** Without a pipeline, the organization's default one. */
export async function getSalesFunnel(range: DateRange, pipeline: number | undefined): Promise<FunnelStage[]> {
  const params = pipeline === undefined ? range : { ...range, pipeline };
  const response = await apiClient.get<FunnelStage[]>('analytics/sales_funnel/', { params });
  return response.data;
}

export function useSalesFunnel(range: DateRange, pipeline: number | undefined, enabled = true) {
  return useQuery({
    queryKey: analyticsKeys.salesFunnel(range, pipeline),
    queryFn: () => getSalesFunnel(range, pipeline),
    placeholderData: keepPreviousData,
    enabled,
  });
}
