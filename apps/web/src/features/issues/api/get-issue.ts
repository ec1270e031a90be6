import { queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ClientIssue, Issue } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { issueKeys } from './issue-keys';

export async function getIssue(id: number): Promise<Issue> {
  const response = await apiClient.get<Issue>(`issues/${String(id)}/`);
  return response.data;
}

export const issueQueryOptions = (id: number) =>
  queryOptions({ queryKey: issueKeys.detail(id), queryFn: () => getIssue(id) });

/** Staff get an `Issue`; a Client's answer is the `ClientIssue` subset (PRODUCT §3): say which. */
export function useIssue<T extends ClientIssue = Issue>(id: number) {
  return useQuery(issueQueryOptions(id)) as unknown as UseQueryResult<T>;
}
