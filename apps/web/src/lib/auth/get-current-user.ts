import { queryOptions, useQuery } from '@tanstack/react-query';
import type { User } from '@crm/contracts';
import { apiClient } from '../api-client';
import { hasAuthToken } from './token-storage';

export const currentUserQueryKey = ['auth', 'me'] as const;

export async function getCurrentUser(): Promise<User> {
  const response = await apiClient.get<User>('users/me/');
  return response.data;
}

export const currentUserQueryOptions = () =>
  queryOptions({
    queryKey: currentUserQueryKey,
    queryFn: getCurrentUser,
    enabled: hasAuthToken(),
    staleTime: 60_000,
  });

export function useCurrentUser() {
  return useQuery(currentUserQueryOptions());
}
