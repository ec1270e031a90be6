export type MemberListParams = Record<string, string | number>;

/** Per organization: the team page reads the organization in its path, not only the header. */
export const teamKeys = {
  all: (organizationId: number) => ['team', organizationId] as const,
  memberLists: (organizationId: number) => [...teamKeys.all(organizationId), 'members'] as const,
  members: (organizationId: number, params: MemberListParams) =>
    [...teamKeys.memberLists(organizationId), params] as const,
  memberOptions: (organizationId: number) => [...teamKeys.all(organizationId), 'member-options'] as const,
  invitations: (organizationId: number) => [...teamKeys.all(organizationId), 'invitations'] as const,
};
