import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { MyOrganization, User } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { setActiveOrganizationId } from '@/lib/active-organization';
import { currentUserQueryKey, currentUserQueryOptions } from '@/lib/auth/get-current-user';

/** Makes the organization the user's default, which new tabs and other devices start on. */
export async function switchOrganization(id: number): Promise<MyOrganization> {
  const response = await apiClient.post<MyOrganization>(`organizations/${String(id)}/switch/`);
  return response.data;
}

/**
 * Moves this tab to another organization: the tab's own choice changes at once (other tabs keep
 * theirs), the server records it as the default, and cached data of the old organization is dropped.
 */
export function useSwitchOrganization() {
  const queryClient = useQueryClient();
  return useMutation<MyOrganization, ApiError, number>({
    mutationFn: switchOrganization,
    meta: { errorTitle: 'Could not make this organization your default' },
    onMutate: async (id) => {
      // The tab's choice is checked against the user's memberships; refresh them first if this
      // organization is newer than the cached user, or the choice would fall back to the default.
      const user = queryClient.getQueryData<User>(currentUserQueryKey);
      if (!user?.memberships.some((m) => m.organization.id === id)) {
        await queryClient.query({ ...currentUserQueryOptions(), staleTime: 0 });
      }
      setActiveOrganizationId(id);
    },
    onSettled: async () => {
      await queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== currentUserQueryKey[0] });
      await queryClient.invalidateQueries({ queryKey: currentUserQueryKey });
    },
  });
}
