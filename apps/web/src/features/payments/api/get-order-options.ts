import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Order, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { paymentKeys } from './payment-keys';

export type OrderOption = Pick<Order, 'id' | 'code' | 'title' | 'status' | 'balance_due'>;

/** A customer's orders, newest first, for the order select of the payment and issue forms. */
export async function getOrderOptions(customerId: number): Promise<OrderOption[]> {
  const response = await apiClient.get<Paginated<Order>>('orders/', {
    params: { customer: customerId, page_size: 100, ordering: '-created_at' },
  });
  return response.data.results.map(({ id, code, title, status, balance_due }) => ({
    id,
    code,
    title,
    status,
    balance_due,
  }));
}

export const orderOptionsQueryOptions = (customerId: number) =>
  queryOptions({ queryKey: paymentKeys.orderOptions(customerId), queryFn: () => getOrderOptions(customerId) });

export function useOrderOptions(customerId: number | undefined) {
  return useQuery({ ...orderOptionsQueryOptions(customerId ?? 0), enabled: customerId !== undefined });
}
