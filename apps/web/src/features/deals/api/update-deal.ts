import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Deal, UpdateDealBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { syncDealCaches } from './sync-deal-caches';

export interface UpdateDealVariables {
  id: number;
  body: UpdateDealBody;
}

/** PATCH: stage and pipeline are not editable here; they change through the actions. */
export async function updateDeal({ id, body }: UpdateDealVariables): Promise<Deal> {
  const response = await apiClient.patch<Deal>(`deals/${String(id)}/`, body);
  return response.data;
}

export function useUpdateDeal() {
  const queryClient = useQueryClient();
  return useMutation<Deal, ApiError, UpdateDealVariables>({
    mutationFn: updateDeal,
    meta: { skipErrorToast: true },
    onSuccess: (deal) => syncDealCaches(queryClient, deal, deal.id),
  });
}
