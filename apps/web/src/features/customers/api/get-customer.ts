import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Customer } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { customerKeys } from './customer-keys';

export async function getCustomer(id: number): Promise<Customer> {
  const response = await apiClient.get<Customer>(`customers/${String(id)}/`);
  return response.data;
}

export const customerQueryOptions = (id: number) =>
  queryOptions({ queryKey: customerKeys.detail(id), queryFn: () => getCustomer(id) });

export function useCustomer(id: number) {
  return useQuery(customerQueryOptions(id));
}
