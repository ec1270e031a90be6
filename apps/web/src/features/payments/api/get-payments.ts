import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ClientPayment, Paginated, Payment } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { paymentKeys, type PaymentListParams } from './payment-keys';

export async function getPayments(params: PaymentListParams): Promise<Paginated<Payment>> {
  const response = await apiClient.get<Paginated<Payment>>('payments/', { params });
  return response.data;
}

export const paymentsQueryOptions = (params: PaymentListParams) =>
  queryOptions({
    queryKey: paymentKeys.list(params),
    queryFn: () => getPayments(params),
    placeholderData: keepPreviousData,
  });

/**
 * A page of payments; related lists pass `{customer}` or `{order}` with a page size. Staff get
 * `Payment`s, a Client the `ClientPayment` subset (PRODUCT §3).
 */
export function usePayments<T extends ClientPayment = Payment>(params: PaymentListParams) {
  return useQuery(paymentsQueryOptions(params)) as unknown as UseQueryResult<Paginated<T>>;
}
