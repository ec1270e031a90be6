import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ClientOrder, Order } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { orderKeys } from './order-keys';

export async function getOrder(id: number): Promise<Order> {
  const response = await apiClient.get<Order>(`orders/${String(id)}/`);
  return response.data;
}

export const orderQueryOptions = (id: number) =>
  queryOptions({ queryKey: orderKeys.detail(id), queryFn: () => getOrder(id) });

/** Staff get an `Order`; a Client's answers are the `ClientOrder` subset (PRODUCT §3): say which. */
export function useOrder<T extends ClientOrder = Order>(id: number) {
  return useQuery(orderQueryOptions(id)) as unknown as UseQueryResult<T>;
}
