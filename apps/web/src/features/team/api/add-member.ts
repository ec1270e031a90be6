import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member, addMemberBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { teamKeys } from './team-keys';

export type AddMemberPayload = z.output<typeof addMemberBodySchema>;

/** An existing account joins at once, without an invitation to accept. */
export async function addMember(organizationId: number, body: AddMemberPayload): Promise<Member> {
  const response = await apiClient.post<Member>(`organizations/${String(organizationId)}/add_member/`, body);
  return response.data;
}

export function useAddMember(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation<Member, ApiError, AddMemberPayload>({
    mutationFn: (body) => addMember(organizationId, body),
    // The dialog shows the refusal (no such account, already a member) at the email field.
    meta: { skipErrorToast: true },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all(organizationId) }),
  });
}
