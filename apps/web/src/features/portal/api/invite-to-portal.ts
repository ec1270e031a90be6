import { useMutation } from '@tanstack/react-query';
import type { CreatedInvitation, InviteToPortalBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';

export interface InviteToPortalVariables {
  customerId: number;
  body: NonNullable<InviteToPortalBody>;
}

/** A client invitation linked to the customer; the answer is the only time its link is shown. */
export async function inviteToPortal({ customerId, body }: InviteToPortalVariables): Promise<CreatedInvitation> {
  const response = await apiClient.post<CreatedInvitation>(`customers/${String(customerId)}/invite_to_portal/`, body);
  return response.data;
}

export function useInviteToPortal() {
  return useMutation<CreatedInvitation, ApiError, InviteToPortalVariables>({
    mutationFn: inviteToPortal,
    meta: { skipErrorToast: true },
  });
}
