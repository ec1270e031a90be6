import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { vendorKeys } from './vendor-keys';

export async function deleteVendor(id: number): Promise<void> {
  await apiClient.delete(`vendors/${String(id)}/`);
}

export function useDeleteVendor() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteVendor,
    meta: { skipErrorToast: true },
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: vendorKeys.detail(id) });
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: vendorKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: vendorKeys.stats() }),
      ]);
    },
  });
}
