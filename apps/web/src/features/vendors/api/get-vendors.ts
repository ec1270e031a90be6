import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Paginated, Vendor } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { vendorKeys, type VendorListParams } from './vendor-keys';

export async function getVendors(params: VendorListParams): Promise<Paginated<Vendor>> {
  const response = await apiClient.get<Paginated<Vendor>>('vendors/', { params });
  return response.data;
}

export const vendorsQueryOptions = (params: VendorListParams) =>
  queryOptions({
    queryKey: vendorKeys.list(params),
    queryFn: () => getVendors(params),
    placeholderData: keepPreviousData,
  });

export function useVendors(params: VendorListParams) {
  return useQuery(vendorsQueryOptions(params));
}
