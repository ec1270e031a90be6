import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { BulkResult } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';

export type BulkResource = 'customers' | 'leads' | 'deals';

/** One action and its argument, at the top level of the body beside the target (PRODUCT §6). */
export type BulkAction =
  | { action: 'assign'; assigned_to: number | null }
  | { action: 'set_status'; status: string }
  | { action: 'move_stage'; stage_id: number }
  | { action: 'delete' };

/** The records: ticked `ids`, or `filter` — the list's own query parameters — for "all matching". */
export type BulkTarget = { ids: number[] } | { filter: Record<string, string | number> };

export interface BulkVariables {
  target: BulkTarget;
  action: BulkAction;
}

export async function runBulkAction(resource: BulkResource, { target, action }: BulkVariables): Promise<BulkResult> {
  const response = await apiClient.post<BulkResult>(`${resource}/bulk/`, { ...target, ...action });
  return response.data;
}

/** Runs a bulk action, then refetches every list, board and timeline it may have changed. */
export function useBulkAction(resource: BulkResource, invalidate: readonly QueryKey[]) {
  const queryClient = useQueryClient();
  return useMutation<BulkResult, ApiError, BulkVariables>({
    mutationFn: (variables) => runBulkAction(resource, variables),
    meta: { errorTitle: 'The bulk action did not run' },
    onSettled: () =>
      Promise.all([
        ...invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })),
        queryClient.invalidateQueries({ queryKey: ['timeline'] }),
      ]),
  });
}
