import { queryOptions, useQuery } from '@tanstack/react-query';
import type { Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import { issueKeys } from './issue-keys';
import type { ThreadComment } from './types';

/** The largest page the API gives; a longer thread says how many more there are. */
export const THREAD_PAGE_SIZE = 100;

/** The issue's comments, oldest first; a Client's answer never holds internal notes. */
export async function getIssueComments(issueId: number): Promise<Paginated<ThreadComment>> {
  const response = await apiClient.get<Paginated<ThreadComment>>(`issues/${String(issueId)}/comments/`, {
    params: { page_size: THREAD_PAGE_SIZE },
  });
  return response.data;
}

export const issueCommentsQueryOptions = (issueId: number) =>
  queryOptions({ queryKey: issueKeys.comments(issueId), queryFn: () => getIssueComments(issueId) });

export function useIssueComments(issueId: number) {
  return useQuery(issueCommentsQueryOptions(issueId));
}
