import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { ClientIssue, CreateIssueBody, Issue } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { issueKeys } from './issue-keys';

/** Staff send `customer_id`; a Client's customer comes from their portal link. */
export async function createIssue(body: CreateIssueBody): Promise<Issue> {
  const response = await apiClient.post<Issue>('issues/', body);
  return response.data;
}

export function useCreateIssue<T extends ClientIssue = Issue>() {
  const queryClient = useQueryClient();
  return useMutation<T, ApiError, CreateIssueBody>({
    mutationFn: (body) => createIssue(body) as unknown as Promise<T>,
    meta: { skipErrorToast: true },
    onSuccess: async (issue) => {
      queryClient.setQueryData(issueKeys.detail(issue.id), issue);
      await queryClient.invalidateQueries({ queryKey: issueKeys.lists() });
    },
  });
}
