import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Organization } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

export async function getOrganization(id: number): Promise<Organization> {
  const response = await apiClient.get<Organization>(`organizations/${String(id)}/`);
  return response.data;
}

export const organizationQueryOptions = (id: number) =>
  queryOptions({ queryKey: organizationKeys.detail(id), queryFn: () => getOrganization(id) });

export function useOrganization(id: number) {
  return useQuery(organizationQueryOptions(id));
}
