import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { Lead, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { leadKeys, type LeadListParams } from './lead-keys';

export async function getLeads(params: LeadListParams): Promise<Paginated<Lead>> {
  const response = await apiClient.get<Paginated<Lead>>('leads/', { params });
  return response.data;
}

export const leadsQueryOptions = (params: LeadListParams) =>
  queryOptions({
    queryKey: leadKeys.list(params),
    queryFn: () => getLeads(params),
    placeholderData: keepPreviousData,
  });

export function useLeads(params: LeadListParams) {
  return useQuery(leadsQueryOptions(params));
}
