import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { orderKeys } from './order-keys';

export async function deleteOrder(id: number): Promise<void> {
  await apiClient.delete(`orders/${String(id)}/`);
}

export function useDeleteOrder() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteOrder,
    // A 409 (the order has payments) is explained inside the confirm dialog.
    meta: { skipErrorToast: true },
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: orderKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: orderKeys.all });
    },
  });
}
