import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Paginated, Vendor } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { orderKeys } from './order-keys';

export type VendorOption = Pick<Vendor, 'id' | 'name' | 'code'>;

/** The first hundred vendors by name, for the order form's vendor select. */
export async function getVendorOptions(): Promise<VendorOption[]> {
  const response = await apiClient.get<Paginated<Vendor>>('vendors/', { params: { page_size: 100, ordering: 'name' } });
  return response.data.results.map(({ id, name, code }) => ({ id, name, code }));
}

export const vendorOptionsQueryOptions = () =>
  queryOptions({ queryKey: orderKeys.vendorOptions(), queryFn: getVendorOptions, staleTime: 60_000 });

export function useVendorOptions() {
  return useQuery(vendorOptionsQueryOptions());
}
