import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateOrderBody, Order } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { orderKeys } from './order-keys';

export async function createOrder(body: CreateOrderBody): Promise<Order> {
  const response = await apiClient.post<Order>('orders/', body);
  return response.data;
}

export function useCreateOrder() {
  const queryClient = useQueryClient();
  return useMutation<Order, ApiError, CreateOrderBody>({
    mutationFn: createOrder,
    meta: { skipErrorToast: true },
    onSuccess: async (order) => {
      queryClient.setQueryData(orderKeys.detail(order.id), order);
      await queryClient.invalidateQueries({ queryKey: orderKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}
