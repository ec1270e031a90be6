import { queryOptions, useQuery } from '@tanstack/react-query';
import type { OrderSummary } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { orderKeys } from './order-keys';

/** A customer's balance (PRODUCT §5); a Client asks without `customerId` and gets their own. */
export async function getOrdersSummary(customerId: number | null): Promise<OrderSummary> {
  const response = await apiClient.get<OrderSummary>('orders/summary/', {
    params: customerId === null ? {} : { customer: customerId },
  });
  return response.data;
}

export const ordersSummaryQueryOptions = (customerId: number | null) =>
  queryOptions({ queryKey: orderKeys.summary(customerId), queryFn: () => getOrdersSummary(customerId) });

export function useOrdersSummary(customerId: number | null) {
  return useQuery(ordersSummaryQueryOptions(customerId));
}
