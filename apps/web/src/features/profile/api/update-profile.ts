import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { UpdateProfileBody, User } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { currentUserQueryKey } from '@/lib/auth/get-current-user';

/** Names, phone, title and time zone; a new username or email also needs the current password. */
export async function updateProfile(body: UpdateProfileBody): Promise<User> {
  const response = await apiClient.patch<User>('users/update_profile/', body);
  return response.data;
}

export function useUpdateProfile() {
  const queryClient = useQueryClient();
  return useMutation<User, ApiError, UpdateProfileBody>({
    mutationFn: updateProfile,
    meta: { skipErrorToast: true },
    onSuccess: (user) => queryClient.setQueryData(currentUserQueryKey, user),
  });
}
