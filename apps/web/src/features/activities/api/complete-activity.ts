import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { activityKeys, timelineKeys } from './timeline-keys';

export async function completeActivity(id: number): Promise<Activity> {
  const response = await apiClient.post<Activity>(`activities/${String(id)}/complete/`);
  return response.data;
}

export function useCompleteActivity() {
  const queryClient = useQueryClient();
  return useMutation<Activity, ApiError, number>({
    mutationFn: completeActivity,
    meta: { errorTitle: 'Could not complete the task' },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: timelineKeys.all }),
        queryClient.invalidateQueries({ queryKey: activityKeys.all }),
      ]);
    },
  });
}
