import { useMutation } from '@tanstack/react-query';
import type { passwordResetBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';

export type PasswordResetPayload = z.output<typeof passwordResetBodySchema>;

/** The answer is the same whether or not the email has an account, so it reveals nothing. */
export async function requestPasswordReset(body: PasswordResetPayload): Promise<{ message: string }> {
  const response = await apiClient.post<{ message: string }>('auth/password_reset/', body);
  return response.data;
}

export function useRequestPasswordReset() {
  return useMutation<{ message: string }, ApiError, PasswordResetPayload>({
    mutationFn: requestPasswordReset,
    meta: { skipErrorToast: true },
  });
}
