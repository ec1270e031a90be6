import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { LoginBody, LoginResponse } from '@crm/contracts';
import { apiClient } from '../api-client';
import type { ApiError } from '../api-error';
import { currentUserQueryKey } from './get-current-user';
import { setAuthToken } from './token-storage';

export async function login(body: LoginBody): Promise<LoginResponse> {
  const response = await apiClient.post<LoginResponse>('auth/login/', body);
  return response.data;
}

export function useLogin() {
  const queryClient = useQueryClient();
  return useMutation<LoginResponse, ApiError, LoginBody>({
    mutationFn: login,
    meta: { skipErrorToast: true },
    onSuccess: ({ token, user }) => {
      queryClient.clear();
      setAuthToken(token);
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
