import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreatePaymentBody, Payment } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { ORDERS_ROOT_KEY, paymentKeys } from './payment-keys';

export async function createPayment(body: CreatePaymentBody): Promise<Payment> {
  const response = await apiClient.post<Payment>('payments/', body);
  return response.data;
}

export function useCreatePayment() {
  const queryClient = useQueryClient();
  return useMutation<Payment, ApiError, CreatePaymentBody>({
    mutationFn: createPayment,
    // The dialog shows field errors at the fields and the rest (an overpayment) in its alert.
    meta: { skipErrorToast: true },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: paymentKeys.all }),
        queryClient.invalidateQueries({ queryKey: ORDERS_ROOT_KEY }),
      ]),
  });
}
