import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { Issue, UpdateIssueBody } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { issueKeys } from './issue-keys';

export interface UpdateIssueVariables {
  id: number;
  body: UpdateIssueBody;
}

/** PATCH: status moves (open ↔ in progress, resolved → closed), priority and assignment. */
export async function updateIssue({ id, body }: UpdateIssueVariables): Promise<Issue> {
  const response = await apiClient.patch<Issue>(`issues/${String(id)}/`, body);
  return response.data;
}

/** After any change to an issue: its page shows the answer, lists refetch. */
export async function storeIssue(queryClient: QueryClient, issue: Issue): Promise<void> {
  queryClient.setQueryData(issueKeys.detail(issue.id), issue);
  await queryClient.invalidateQueries({ queryKey: issueKeys.lists() });
}

export function useUpdateIssue() {
  const queryClient = useQueryClient();
  return useMutation<Issue, ApiError, UpdateIssueVariables>({
    mutationFn: updateIssue,
    meta: { errorTitle: 'The issue could not be changed' },
    onSuccess: (issue) => storeIssue(queryClient, issue),
  });
}
