import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Customer, UpdateCustomerBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { timelineKeys } from '@/features/activities';
import { customerKeys } from './customer-keys';

export interface UpdateCustomerVariables {
  id: number;
  body: UpdateCustomerBody;
}

export async function updateCustomer({ id, body }: UpdateCustomerVariables): Promise<Customer> {
  const response = await apiClient.patch<Customer>(`customers/${String(id)}/`, body);
  return response.data;
}

export function useUpdateCustomer() {
  const queryClient = useQueryClient();
  return useMutation<Customer, ApiError, UpdateCustomerVariables>({
    mutationFn: updateCustomer,
    meta: { skipErrorToast: true },
    onSuccess: async (customer) => {
      queryClient.setQueryData(customerKeys.detail(customer.id), customer);
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: customerKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: timelineKeys.of({ kind: 'customers', id: customer.id }) }),
      ]);
    },
  });
}
