import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Activity, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { activityKeys } from './timeline-keys';

export type ActivityListParams = Record<string, string | number>;

export async function getActivities(params: ActivityListParams): Promise<Paginated<Activity>> {
  const response = await apiClient.get<Paginated<Activity>>('activities/', { params });
  return response.data;
}

export const activitiesQueryOptions = (params: ActivityListParams) =>
  queryOptions({
    queryKey: [...activityKeys.all, 'list', params] as const,
    queryFn: () => getActivities(params),
    placeholderData: keepPreviousData,
  });

export function useActivities(params: ActivityListParams) {
  return useQuery(activitiesQueryOptions(params));
}
