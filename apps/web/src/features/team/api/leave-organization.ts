import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/ui';
import { setActiveOrganizationId } from '@/lib/active-organization';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';
import { removeMember } from './remove-member';

export interface LeaveOrganizationVariables {
  organizationId: number;
  organizationName: string;
  userId: number;
}

/**
 * Leaves the active organization. The tab then falls back to the user's default organization (or
 * to "no organization"), and nothing cached from the one left may show again.
 */
export function useLeaveOrganization() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation<void, ApiError, LeaveOrganizationVariables>({
    mutationFn: ({ organizationId, userId }) => removeMember(organizationId, userId),
    meta: { skipErrorToast: true },
    // The toast is raised here: the page that asked is gone once the tab moves on.
    onSuccess: async (_nothing, { organizationName }) => {
      notifySuccess('You left the organization', `You no longer have access to ${organizationName}.`);
      // The refreshed memberships come first: resolving the tab's organization against the stale
      // user would pick the organization just left, and its requests would be refused.
      await queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
      setActiveOrganizationId(null);
      await navigate('/', { replace: true });
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
    },
  });
}
