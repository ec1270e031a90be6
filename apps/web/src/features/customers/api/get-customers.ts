import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Customer, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { customerKeys, type CustomerListParams } from './customer-keys';

export async function getCustomers(params: CustomerListParams): Promise<Paginated<Customer>> {
  const response = await apiClient.get<Paginated<Customer>>('customers/', { params });
  return response.data;
}

export const customersQueryOptions = (params: CustomerListParams) =>
  queryOptions({
    queryKey: customerKeys.list(params),
    queryFn: () => getCustomers(params),
    // The table keeps the previous page on screen while the next one loads, instead of a skeleton.
    placeholderData: keepPreviousData,
  });

export function useCustomers(params: CustomerListParams) {
  return useQuery(customersQueryOptions(params));
}
