import { queryOptions, useQuery } from '@tanstack/react-query';
import type { VendorStats } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { vendorKeys } from './vendor-keys';

/** Totals for the whole organization, whatever the list's filters. */
export async function getVendorStats(): Promise<VendorStats> {
  const response = await apiClient.get<VendorStats>('vendors/stats/');
  return response.data;
}

export const vendorStatsQueryOptions = () => queryOptions({ queryKey: vendorKeys.stats(), queryFn: getVendorStats });

export function useVendorStats() {
  return useQuery(vendorStatsQueryOptions());
}
