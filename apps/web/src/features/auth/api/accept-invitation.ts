import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { AcceptInvitationResponse, acceptInvitationBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { setActiveOrganizationId } from '@/lib/active-organization';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';
import { setAuthToken } from '@/lib/auth/token-storage';
import { invitationPreviewQueryKeyRoot } from './get-invitation-preview';
import { signedInUserQueryKey } from './get-signed-in-user';

const PAGE_KEYS = new Set([invitationPreviewQueryKeyRoot, signedInUserQueryKey[0]]);

export type AcceptInvitationPayload = NonNullable<z.output<typeof acceptInvitationBodySchema>>;

export interface AcceptInvitationVariables {
  token: string;
  /** The new account's details; omitted when accepting as the signed-in user. */
  account?: AcceptInvitationPayload;
}

export async function acceptInvitation({
  token,
  account,
}: AcceptInvitationVariables): Promise<AcceptInvitationResponse> {
  const response = await apiClient.post<AcceptInvitationResponse>(
    `invitations/${encodeURIComponent(token)}/accept/`,
    account ?? {},
  );
  return response.data;
}

/** Signs in a new account, and makes the organization joined the tab's active one. */
export function useAcceptInvitation() {
  const queryClient = useQueryClient();
  return useMutation<AcceptInvitationResponse, ApiError, AcceptInvitationVariables>({
    mutationFn: acceptInvitation,
    meta: { skipErrorToast: true },
    onSuccess: ({ token, user, organization }) => {
      // Whatever the app cached belonged to another organization. The accept page's own queries stay,
      // so it does not ask again for an invitation that is now used while it hands over to the app.
      queryClient.removeQueries({ predicate: (query) => !PAGE_KEYS.has(String(query.queryKey[0])) });
      if (token) setAuthToken(token);
      setActiveOrganizationId(organization.id);
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
