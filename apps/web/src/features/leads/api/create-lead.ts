import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateLeadBody, Lead } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { storeLead } from './store-lead';

export async function createLead(body: CreateLeadBody): Promise<Lead> {
  const response = await apiClient.post<Lead>('leads/', body);
  return response.data;
}

export function useCreateLead() {
  const queryClient = useQueryClient();
  return useMutation<Lead, ApiError, CreateLeadBody>({
    mutationFn: createLead,
    // The dialog shows field errors at the fields and toasts the rest.
    meta: { skipErrorToast: true },
    onSuccess: (lead) => storeLead(queryClient, lead),
  });
}
