import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Deal } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { dealKeys } from './deal-keys';

export async function getDeal(id: number): Promise<Deal> {
  const response = await apiClient.get<Deal>(`deals/${String(id)}/`);
  return response.data;
}

export const dealQueryOptions = (id: number) =>
  queryOptions({ queryKey: dealKeys.detail(id), queryFn: () => getDeal(id) });

export function useDeal(id: number) {
  return useQuery(dealQueryOptions(id));
}
