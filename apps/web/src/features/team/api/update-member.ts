import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Member, UpdateMemberBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { teamKeys } from './team-keys';

export interface UpdateMemberVariables {
  userId: number;
  body: UpdateMemberBody;
}

/** A new role, or suspend and reactivate: a suspended member keeps their data but cannot sign in here. */
export async function updateMember(organizationId: number, { userId, body }: UpdateMemberVariables): Promise<Member> {
  const response = await apiClient.patch<Member>(
    `organizations/${String(organizationId)}/members/${String(userId)}/`,
    body,
  );
  return response.data;
}

export function useUpdateMember(organizationId: number) {
  const queryClient = useQueryClient();
  return useMutation<Member, ApiError, UpdateMemberVariables>({
    mutationFn: (variables) => updateMember(organizationId, variables),
    meta: { errorTitle: 'Could not change the member' },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: teamKeys.all(organizationId) }),
  });
}
