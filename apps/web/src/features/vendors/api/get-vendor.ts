import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Vendor } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { vendorKeys } from './vendor-keys';

export async function getVendor(id: number): Promise<Vendor> {
  const response = await apiClient.get<Vendor>(`vendors/${String(id)}/`);
  return response.data;
}

export const vendorQueryOptions = (id: number) =>
  queryOptions({ queryKey: vendorKeys.detail(id), queryFn: () => getVendor(id) });

export function useVendor(id: number) {
  return useQuery(vendorQueryOptions(id));
}
