import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { teamKeys } from './team-keys';

/** The link stops working at once; the person can be invited again later. */
export async function revokeInvitation(organizationId: number, invitationId: number): Promise<void> {
  await apiClient.delete(`organizations/${String(organizationId)}/invitations/${String(invitationId)}/`);
}

export function useRevokeInvitation(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: (invitationId) => revokeInvitation(organizationId, invitationId),
    meta: { errorTitle: 'Could not revoke the invitation' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invitations(organizationId) }),
  });
}
