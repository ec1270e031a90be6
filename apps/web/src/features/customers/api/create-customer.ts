import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateCustomerBody, Customer } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { customerKeys } from './customer-keys';

export async function createCustomer(body: CreateCustomerBody): Promise<Customer> {
  const response = await apiClient.post<Customer>('customers/', body);
  return response.data;
}

export function useCreateCustomer() {
  const queryClient = useQueryClient();
  return useMutation<Customer, ApiError, CreateCustomerBody>({
    mutationFn: createCustomer,
    // The dialog shows field errors at the fields and toasts the rest.
    meta: { skipErrorToast: true },
    onSuccess: async (customer) => {
      queryClient.setQueryData(customerKeys.detail(customer.id), customer);
      await queryClient.invalidateQueries({ queryKey: customerKeys.lists() });
    },
  });
}
