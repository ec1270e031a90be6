import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { TransferOwnershipResponse } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';
import { organizationKeys } from '@/features/organizations';
import { teamKeys } from './team-keys';

export async function transferOwnership(organizationId: number, userId: number): Promise<TransferOwnershipResponse> {
  const response = await apiClient.post<TransferOwnershipResponse>(
    `organizations/${String(organizationId)}/transfer_ownership/`,
    { user_id: userId },
  );
  return response.data;
}

/** The caller becomes an Admin: their role in the session changes with the refreshed user. */
export function useTransferOwnership(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation<TransferOwnershipResponse, ApiError, number>({
    mutationFn: (userId) => transferOwnership(organizationId, userId),
    meta: { errorTitle: 'Could not transfer ownership' },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: teamKeys.all(organizationId) }),
        queryClient.invalidateQueries({ queryKey: currentUserQueryKey }),
        queryClient.invalidateQueries({ queryKey: organizationKeys.mine() }),
      ]);
    },
  });
}
