import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Customer } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { orderKeys } from './order-keys';

/** The customer a new order starts with (`/orders/new?customer=…`), for the picker's label. */
export async function getOrderCustomer(id: number): Promise<Pick<Customer, 'id' | 'name'>> {
  const response = await apiClient.get<Customer>(`customers/${String(id)}/`);
  return { id: response.data.id, name: response.data.name };
}

export const orderCustomerQueryOptions = (id: number) =>
  queryOptions({ queryKey: orderKeys.customer(id), queryFn: () => getOrderCustomer(id) });

export function useOrderCustomer(id: number | null) {
  return useQuery({ ...orderCustomerQueryOptions(id ?? 0), enabled: id !== null });
}
