import { queryOptions, useQuery } from '@tanstack/react-query';
import type { MyOrganization } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { organizationKeys } from './organization-keys';

export async function getMyOrganizations(): Promise<MyOrganization[]> {
  const response = await apiClient.get<MyOrganization[]>('organizations/my_organizations/');
  return response.data;
}

export const myOrganizationsQueryOptions = () =>
  queryOptions({ queryKey: organizationKeys.mine(), queryFn: getMyOrganizations, staleTime: 30_000 });

export function useMyOrganizations() {
  return useQuery(myOrganizationsQueryOptions());
}
