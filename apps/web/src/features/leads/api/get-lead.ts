import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Lead } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { leadKeys } from './lead-keys';

export async function getLead(id: number): Promise<Lead> {
  const response = await apiClient.get<Lead>(`leads/${String(id)}/`);
  return response.data;
}

export const leadQueryOptions = (id: number) =>
  queryOptions({ queryKey: leadKeys.detail(id), queryFn: () => getLead(id) });

export function useLead(id: number) {
  return useQuery(leadQueryOptions(id));
}
