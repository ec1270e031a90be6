import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Order, UpdateOrderBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { orderKeys } from './order-keys';

export interface UpdateOrderVariables {
  id: number;
  body: UpdateOrderBody;
}

/** PATCH: the form's fields, or `{status}` alone to move the order one step (PRODUCT §5). */
export async function updateOrder({ id, body }: UpdateOrderVariables): Promise<Order> {
  const response = await apiClient.patch<Order>(`orders/${String(id)}/`, body);
  return response.data;
}

export function useUpdateOrder(options: { toastErrors?: boolean } = {}) {
  const queryClient = useQueryClient();
  return useMutation<Order, ApiError, UpdateOrderVariables>({
    mutationFn: updateOrder,
    meta: options.toastErrors ? { errorTitle: 'The order could not be changed' } : { skipErrorToast: true },
    onSuccess: async (order) => {
      queryClient.setQueryData(orderKeys.detail(order.id), order);
      await queryClient.invalidateQueries({ queryKey: orderKeys.all, predicate: (q) => q.queryKey[1] !== 'detail' });
    },
  });
}
