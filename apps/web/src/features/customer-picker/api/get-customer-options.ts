import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Customer, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';

export type CustomerOption = Pick<Customer, 'id' | 'name' | 'code' | 'company_name'>;

const OPTION_COUNT = 20;

/** Customers matching what is typed in a customer picker (deals, orders, payments, issues). */
export async function getCustomerOptions(search: string): Promise<CustomerOption[]> {
  const response = await apiClient.get<Paginated<Customer>>('customers/', {
    params: { page_size: OPTION_COUNT, ordering: 'name', ...(search ? { search } : {}) },
  });
  return response.data.results.map(({ id, name, code, company_name }) => ({ id, name, code, company_name }));
}

export const customerOptionsQueryOptions = (search: string) =>
  queryOptions({
    // Under the customers' own key, so any change to customers refreshes the options too.
    queryKey: ['customers', 'options', search] as const,
    queryFn: () => getCustomerOptions(search),
    placeholderData: keepPreviousData,
    staleTime: 30_000,
  });

export function useCustomerOptions(search: string) {
  return useQuery(customerOptionsQueryOptions(search));
}
