import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import { MAX_PAGE_SIZE, type Member, type Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { teamKeys, type MemberListParams } from './team-keys';

export async function getMembers(organizationId: number, params: MemberListParams): Promise<Paginated<Member>> {
  const response = await apiClient.get<Paginated<Member>>(`organizations/${String(organizationId)}/members/`, {
    params,
  });
  return response.data;
}

export const membersQueryOptions = (organizationId: number, params: MemberListParams) =>
  queryOptions({
    queryKey: teamKeys.members(organizationId, params),
    queryFn: () => getMembers(organizationId, params),
    placeholderData: keepPreviousData,
  });

export function useMembers(organizationId: number, params: MemberListParams) {
  return useQuery(membersQueryOptions(organizationId, params));
}

/** The first hundred members, for pickers such as the audit log's user filter. */
export const memberOptionsQueryOptions = (organizationId: number) =>
  queryOptions({
    queryKey: teamKeys.memberOptions(organizationId),
    queryFn: async () => (await getMembers(organizationId, { page_size: MAX_PAGE_SIZE })).results,
    staleTime: 60_000,
  });

export function useMemberOptions(organizationId: number, enabled = true) {
  return useQuery({ ...memberOptionsQueryOptions(organizationId), enabled });
}
