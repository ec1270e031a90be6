import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { notifySuccess } from '@/components/ui';
import { setActiveOrganizationId } from '@/lib/active-organization';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';

export interface DeleteOrganizationVariables {
  id: number;
  name: string;
  /** The organization's name, typed by the Owner. */
  confirm: string;
}

export async function deleteOrganization({ id, confirm }: DeleteOrganizationVariables): Promise<void> {
  await apiClient.delete(`organizations/${String(id)}/`, { data: { confirm } });
}

/** Afterwards the tab moves to another of the user's organizations, or to "no organization". */
export function useDeleteOrganization() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation<void, ApiError, DeleteOrganizationVariables>({
    mutationFn: deleteOrganization,
    meta: { skipErrorToast: true },
    // The toast is raised here: the page that asked is gone once the tab moves on.
    onSuccess: async (_nothing, { name }) => {
      notifySuccess('Organization deleted', `${name} and all of its data were deleted.`);
      // Fresh memberships first, so the tab does not fall back to the organization just deleted.
      await queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
      setActiveOrganizationId(null);
      await navigate('/', { replace: true });
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
    },
  });
}
