import { queryOptions, useQuery } from '@tanstack/react-query';
import type { InvitationPreview } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';

export async function getInvitationPreview(token: string): Promise<InvitationPreview> {
  const response = await apiClient.get<InvitationPreview>(`invitations/${encodeURIComponent(token)}/`);
  return response.data;
}

export const invitationPreviewQueryKeyRoot = 'invitation-preview';

export const invitationPreviewQueryOptions = (token: string) =>
  queryOptions({
    queryKey: [invitationPreviewQueryKeyRoot, token] as const,
    queryFn: () => getInvitationPreview(token),
    staleTime: Infinity,
  });

export function useInvitationPreview(token: string) {
  return useQuery(invitationPreviewQueryOptions(token));
}
