import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { employeeKeys } from './employee-keys';

/** Records assigned to the employee, and their reports' manager, are cleared by the server. */
export async function deleteEmployee(id: number): Promise<void> {
  await apiClient.delete(`employees/${String(id)}/`);
}

export function useDeleteEmployee() {
  const queryClient = useQueryClient();
  return useMutation<void, ApiError, number>({
    mutationFn: deleteEmployee,
    // A refusal (the employee is a member's login) is explained inside the confirm dialog.
    meta: { skipErrorToast: true },
    onSuccess: async (_nothing, id) => {
      queryClient.removeQueries({ queryKey: employeeKeys.detail(id) });
      await queryClient.invalidateQueries({ queryKey: employeeKeys.all });
    },
  });
}
