import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatedInvitation, createInvitationBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { teamKeys } from './team-keys';

export type CreateInvitationPayload = z.output<typeof createInvitationBodySchema>;

/** The answer is the only time the accept link is shown: the dialog offers to copy it. */
export async function createInvitation(
  organizationId: number,
  body: CreateInvitationPayload,
): Promise<CreatedInvitation> {
  const response = await apiClient.post<CreatedInvitation>(
    `organizations/${String(organizationId)}/invitations/`,
    body,
  );
  return response.data;
}

export function useCreateInvitation(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation<CreatedInvitation, ApiError, CreateInvitationPayload>({
    mutationFn: (body) => createInvitation(organizationId, body),
    meta: { skipErrorToast: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.invitations(organizationId) }),
  });
}
