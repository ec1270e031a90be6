import { queryOptions, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Invitation, type Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { teamKeys } from './team-keys';

/** Pending invitations only (accepted, revoked and expired ones are not listed); never their links. */
export async function getInvitations(organizationId: number): Promise<Paginated<Invitation>> {
  const response = await apiClient.get<Paginated<Invitation>>(`organizations/${String(organizationId)}/invitations/`, {
    params: { page_size: MAX_PAGE_SIZE },
  });
  return response.data;
}

export const invitationsQueryOptions = (organizationId: number) =>
  queryOptions({ queryKey: teamKeys.invitations(organizationId), queryFn: () => getInvitations(organizationId) });

export function useInvitations(organizationId: number) {
  return useQuery(invitationsQueryOptions(organizationId));
}
