import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { teamKeys } from './team-keys';

/** Removes someone else, or, with the caller's own id, leaves the organization. */
export async function removeMember(organizationId: number, userId: number): Promise<void> {
  await apiClient.delete(`organizations/${String(organizationId)}/members/${String(userId)}/`);
}

export function useRemoveMember(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: (userId) => removeMember(organizationId, userId),
    meta: { errorTitle: 'Could not remove the member' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all(organizationId) }),
  });
}
