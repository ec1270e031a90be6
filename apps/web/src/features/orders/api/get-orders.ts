import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ClientOrder, Order, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { orderKeys, type OrderListParams } from './order-keys';

export async function getOrders(params: OrderListParams): Promise<Paginated<Order>> {
  const response = await apiClient.get<Paginated<Order>>('orders/', { params });
  return response.data;
}

export const ordersQueryOptions = (params: OrderListParams) =>
  queryOptions({
    queryKey: orderKeys.list(params),
    queryFn: () => getOrders(params),
    placeholderData: keepPreviousData,
  });

/** Staff get `Order`s; a Client's answers are the `ClientOrder` subset (PRODUCT §3): say which. */
export function useOrders<T extends ClientOrder = Order>(params: OrderListParams) {
  return useQuery(ordersQueryOptions(params)) as unknown as UseQueryResult<Paginated<T>>;
}
