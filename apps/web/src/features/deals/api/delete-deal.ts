import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { dealKeys } from './deal-keys';
import { syncDealCaches } from './sync-deal-caches';

export async function deleteDeal(id: number): Promise<void> {
  await apiClient.delete(`deals/${String(id)}/`);
}

export function useDeleteDeal() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteDeal,
    meta: { errorTitle: 'Could not delete the deal' },
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: dealKeys.detail(id) });
      await syncDealCaches(queryClient, null, id);
    },
  });
}
