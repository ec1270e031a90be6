import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { CreateDealBody, Deal } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { syncDealCaches } from './sync-deal-caches';

export async function createDeal(body: CreateDealBody): Promise<Deal> {
  const response = await apiClient.post<Deal>('deals/', body);
  return response.data;
}

export function useCreateDeal() {
  const queryClient = useQueryClient();
  return useMutation<Deal, ApiError, CreateDealBody>({
    mutationFn: createDeal,
    // The form places field errors itself.
    meta: { skipErrorToast: true },
    onSuccess: (deal) => syncDealCaches(queryClient, deal, deal.id),
  });
}
