import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Employee, UpdateEmployeeBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { employeeKeys } from './employee-keys';

export interface UpdateEmployeeVariables {
  id: number;
  body: UpdateEmployeeBody;
}

export async function updateEmployee({ id, body }: UpdateEmployeeVariables): Promise<Employee> {
  const response = await apiClient.patch<Employee>(`employees/${String(id)}/`, body);
  return response.data;
}

/** A new name or manager shows in other employees' rows and report lists too, so every list refreshes. */
export function useUpdateEmployee() {
  const queryClient = useQueryClient();
  return useMutation<Employee, ApiError, UpdateEmployeeVariables>({
    mutationFn: updateEmployee,
    meta: { skipErrorToast: true },
    onSuccess: async (employee) => {
      queryClient.setQueryData(employeeKeys.detail(employee.id), employee);
      await queryClient.invalidateQueries({ queryKey: employeeKeys.all });
    },
  });
}
