import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { clearAuthToken, hasAuthToken } from '@/lib/auth/token-storage';

/**
 * Who is signed in, for public pages: null when nobody is. A stale token is dropped quietly here
 * rather than answered with the app's redirect to the login page, since these pages work signed out.
 */
export async function getSignedInUser(): Promise<User | null> {
  if (!hasAuthToken()) return null;
  const response = await apiClient.get<User>('users/me/', {
    validateStatus: (status) => status === 200 || status === 401,
  });
  if (response.status === 401) {
    clearAuthToken();
    return null;
  }
  return response.data;
}

export const signedInUserQueryKey = ['signed-in-user'] as const;

export const signedInUserQueryOptions = () =>
  queryOptions({ queryKey: signedInUserQueryKey, queryFn: getSignedInUser, staleTime: 0 });

export function useSignedInUser() {
  return useQuery(signedInUserQueryOptions());
}
