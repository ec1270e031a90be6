import { keepPreviousData, queryOptions, useQuery, type UseQueryResult } from '@tanstack/react-query';
import type { ClientIssue, Issue, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { issueKeys, type IssueListParams } from './issue-keys';

export async function getIssues(params: IssueListParams): Promise<Paginated<Issue>> {
  const response = await apiClient.get<Paginated<Issue>>('issues/', { params });
  return response.data;
}

export const issuesQueryOptions = (params: IssueListParams) =>
  queryOptions({
    queryKey: issueKeys.list(params),
    queryFn: () => getIssues(params),
    placeholderData: keepPreviousData,
  });

/** Staff get `Issue`s; a Client's answers are the `ClientIssue` subset (PRODUCT §3): say which. */
export function useIssues<T extends ClientIssue = Issue>(params: IssueListParams) {
  return useQuery(issuesQueryOptions(params)) as unknown as UseQueryResult<Paginated<T>>;
}
