import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from 'react-router';
import { apiClient } from '../api-client';
import { setActiveOrganizationId } from '../active-organization';
import { clearAuthToken } from './token-storage';

export async function logout(): Promise<void> {
  await apiClient.post('auth/logout/');
}

/** Signs out locally even when the server call fails: the user asked to leave. */
export function useLogout() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useMutation({
    mutationFn: logout,
    // Leaving works offline too: a failed call only means the server forgets the token later.
    meta: { skipErrorToast: true },
    onSettled: async () => {
      clearAuthToken();
      setActiveOrganizationId(null);
      await navigate('/login', { replace: true });
      queryClient.clear();
    },
  });
}
