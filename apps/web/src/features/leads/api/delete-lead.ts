import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { leadKeys } from './lead-keys';

export async function deleteLead(id: number): Promise<void> {
  await apiClient.delete(`leads/${String(id)}/`);
}

export function useDeleteLead() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteLead,
    meta: { errorTitle: 'Could not delete the lead' },
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: leadKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: leadKeys.lists() });
    },
  });
}
