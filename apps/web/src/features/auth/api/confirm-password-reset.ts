import { useMutation } from '@tanstack/react-query';
import type { PasswordResetConfirmBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { clearAuthToken } from '@/lib/auth/token-storage';

export async function confirmPasswordReset(body: PasswordResetConfirmBody): Promise<{ message: string }> {
  const response = await apiClient.post<{ message: string }>('auth/password_reset/confirm/', body);
  return response.data;
}

/** Every session of the account ends on the server, so a token kept in this browser is dropped too. */
export function useConfirmPasswordReset() {
  return useMutation<{ message: string }, ApiError, PasswordResetConfirmBody>({
    mutationFn: confirmPasswordReset,
    meta: { skipErrorToast: true },
    onSuccess: () => clearAuthToken(),
  });
}
