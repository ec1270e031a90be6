import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateEmployeeBody, Employee } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { employeeKeys } from './employee-keys';

export async function createEmployee(body: CreateEmployeeBody): Promise<Employee> {
  const response = await apiClient.post<Employee>('employees/', body);
  return response.data;
}

export function useCreateEmployee() {
  const queryClient = useQueryClient();
  return useMutation<Employee, ApiError, CreateEmployeeBody>({
    mutationFn: createEmployee,
    meta: { skipErrorToast: true },
    onSuccess: async (employee) => {
      queryClient.setQueryData(employeeKeys.detail(employee.id), employee);
      await queryClient.invalidateQueries({
        queryKey: employeeKeys.all,
        predicate: (query) => query.queryKey[1] !== 'detail',
      });
    },
  });
}
