import { useMutation } from '@tanstack/react-query';
import type { ChangePasswordBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';

/** Every other session of the account ends; this one keeps working. */
export async function changePassword(body: ChangePasswordBody): Promise<void> {
  await apiClient.post('users/change_password/', body);
}

export function useChangePassword() {
  return useMutation<void, ApiError, ChangePasswordBody>({
    mutationFn: changePassword,
    meta: { skipErrorToast: true },
  });
}
