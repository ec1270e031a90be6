import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { customerKeys } from './customer-keys';

export async function deleteCustomer(id: number): Promise<void> {
  await apiClient.delete(`customers/${String(id)}/`);
}

export function useDeleteCustomer() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteCustomer,
    // A 409 (the customer has deals) is explained inside the confirm dialog.
    meta: { skipErrorToast: true },
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: customerKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
