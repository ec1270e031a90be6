import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { issueKeys } from './issue-keys';

export async function deleteIssue(id: number): Promise<void> {
  await apiClient.delete(`issues/${String(id)}/`);
}

export function useDeleteIssue() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteIssue,
    meta: { skipErrorToast: true },
    onSuccess: async (_data, id) => {
      queryClient.removeQueries({ queryKey: issueKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: issueKeys.lists() });
    },
  });
}
