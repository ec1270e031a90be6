import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Payment, PaymentAction } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { ORDERS_ROOT_KEY, paymentKeys } from './payment-keys';

export interface PaymentActionVariables {
  id: number;
  action: PaymentAction;
}

/** `POST payments/{id}/{process|mark_failed|refund|cancel}/` (PRODUCT §5). */
export async function runPaymentAction({ id, action }: PaymentActionVariables): Promise<Payment> {
  const response = await apiClient.post<Payment>(`payments/${String(id)}/${action}/`);
  return response.data;
}

export function useRunPaymentAction() {
  const queryClient = useQueryClient();
  return useMutation<Payment, ApiError, PaymentActionVariables>({
    mutationFn: runPaymentAction,
    meta: { errorTitle: 'The payment could not be changed' },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: paymentKeys.all }),
        queryClient.invalidateQueries({ queryKey: ORDERS_ROOT_KEY }),
      ]),
  });
}
