import { useEffect } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { User } from '@crm/contracts';
import {
  getStoredActiveOrganizationId,
  resolveActiveOrganizationId,
  setActiveOrganizationId,
  useStoredActiveOrganizationId,
} from '../active-organization';
import { currentUserQueryKey } from './get-current-user';

export type UserMembership = User['memberships'][number];

export interface ActiveMembership {
  /** The freshest copy of the user, whose memberships decided the organization. */
  user: User;
  organizationId: number | null;
  membership: UserMembership | null;
  /** False until the tab's stored id matches the resolved one, so no request goes out unscoped. */
  isSynced: boolean;
}

export function useActiveMembership(renderedUser: User): ActiveMembership {
  const queryClient = useQueryClient();
  const storedId = useStoredActiveOrganizationId();
  // A switch to an organization created a moment ago changes the stored id synchronously, while the
  // refetched user reaches components a tick later: resolving against that stale copy would send
  // the tab back to its old organization, so the cache's copy is read instead.
  const user = queryClient.getQueryData<User>(currentUserQueryKey) ?? renderedUser;
  const organizationId = resolveActiveOrganizationId(user, storedId);

  useEffect(() => {
    const latestUser = queryClient.getQueryData<User>(currentUserQueryKey) ?? renderedUser;
    const currentId = getStoredActiveOrganizationId();
    const resolvedId = resolveActiveOrganizationId(latestUser, currentId);
    if (resolvedId !== currentId) setActiveOrganizationId(resolvedId);
  }, [queryClient, renderedUser, storedId]);

  const membership = user.memberships.find((m) => m.organization.id === organizationId) ?? null;
  return { user, organizationId, membership, isSynced: organizationId === storedId };
}
