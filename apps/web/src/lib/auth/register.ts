import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { RegisterResponse, registerBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { apiClient } from '../api-client';
import type { ApiError } from '../api-error';
import { setActiveOrganizationId } from '../active-organization';
import { currentUserQueryKey } from './get-current-user';
import { setAuthToken } from './token-storage';

/** The body after the contract's parsing (trimmed, lower-cased email, blanks as null). */
export type RegisterPayload = z.output<typeof registerBodySchema>;

export async function register(body: RegisterPayload): Promise<RegisterResponse> {
  const response = await apiClient.post<RegisterResponse>('users/', body);
  return response.data;
}

export function useRegister() {
  const queryClient = useQueryClient();
  return useMutation<RegisterResponse, ApiError, RegisterPayload>({
    mutationFn: register,
    meta: { skipErrorToast: true },
    onSuccess: ({ token, user, organization }) => {
      queryClient.clear();
      setAuthToken(token);
      setActiveOrganizationId(organization.id);
      queryClient.setQueryData(currentUserQueryKey, user);
    },
  });
}
