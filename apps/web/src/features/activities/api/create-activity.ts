import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Activity, ActivityType } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { activityKeys, timelineKeys, type TimelineSubject } from './timeline-keys';

/** The JSON the API takes: exactly one of the links, `due_at` as an ISO instant. */
export interface CreateActivityPayload {
  type: ActivityType;
  subject: string;
  body?: string | null;
  due_at?: string | null;
  customer_id?: number;
  lead_id?: number;
  deal_id?: number;
}

const LINK_FIELD = { customers: 'customer_id', leads: 'lead_id', deals: 'deal_id' } as const;

export function linkTo(subject: TimelineSubject): Pick<CreateActivityPayload, 'customer_id' | 'lead_id' | 'deal_id'> {
  return { [LINK_FIELD[subject.kind]]: subject.id };
}

export async function createActivity(body: CreateActivityPayload): Promise<Activity> {
  const response = await apiClient.post<Activity>('activities/', body);
  return response.data;
}

export function useCreateActivity() {
  const queryClient = useQueryClient();
  return useMutation<Activity, ApiError, CreateActivityPayload>({
    mutationFn: createActivity,
    // The composer puts field errors under its fields and toasts the rest.
    meta: { skipErrorToast: true },
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: timelineKeys.all }),
        queryClient.invalidateQueries({ queryKey: activityKeys.all }),
      ]);
    },
  });
}
