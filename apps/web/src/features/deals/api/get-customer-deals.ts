import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Deal, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { dealKeys } from './deal-keys';

export const CUSTOMER_DEALS_PAGE_SIZE = 25;

export async function getCustomerDeals(customerId: number): Promise<Paginated<Deal>> {
  const response = await apiClient.get<Paginated<Deal>>('deals/', {
    params: { customer: customerId, page_size: CUSTOMER_DEALS_PAGE_SIZE, ordering: '-created_at' },
  });
  return response.data;
}

/** Under the deals key, so any deal mutation that invalidates ['deals'] refreshes this section too. */
export const customerDealsQueryOptions = (customerId: number) =>
  queryOptions({
    queryKey: dealKeys.ofCustomer(customerId),
    queryFn: () => getCustomerDeals(customerId),
  });

export function useCustomerDeals(customerId: number) {
  return useQuery(customerDealsQueryOptions(customerId));
}
