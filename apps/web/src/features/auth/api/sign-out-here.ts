import { useMutation, useQueryClient } from '@tanstack/react-query';
import { setActiveOrganizationId } from '@/lib/active-organization';
import { logout } from '@/lib/auth/logout';
import { clearAuthToken } from '@/lib/auth/token-storage';
import { invitationPreviewQueryKeyRoot } from './get-invitation-preview';
import { signedInUserQueryKey } from './get-signed-in-user';

/** Signs out but stays on the current public page (the app's log out goes to the login page). */
export function useSignOutHere() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: logout,
    meta: { skipErrorToast: true },
    onSettled: () => {
      clearAuthToken();
      setActiveOrganizationId(null);
      queryClient.removeQueries({
        predicate: (query) =>
          query.queryKey[0] !== signedInUserQueryKey[0] && query.queryKey[0] !== invitationPreviewQueryKeyRoot,
      });
      queryClient.setQueryData(signedInUserQueryKey, null);
    },
  });
}
