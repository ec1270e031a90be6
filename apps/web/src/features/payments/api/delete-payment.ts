import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { ORDERS_ROOT_KEY, paymentKeys } from './payment-keys';

export async function deletePayment(id: number): Promise<void> {
  await apiClient.delete(`payments/${String(id)}/`);
}

export function useDeletePayment() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deletePayment,
    meta: { errorTitle: 'The payment could not be deleted' },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: paymentKeys.all }),
        queryClient.invalidateQueries({ queryKey: ORDERS_ROOT_KEY }),
      ]),
  });
}
