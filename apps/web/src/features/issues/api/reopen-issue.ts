import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Issue } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { storeIssue } from './update-issue';

export async function reopenIssue(id: number): Promise<Issue> {
  const response = await apiClient.post<Issue>(`issues/${String(id)}/reopen/`);
  return response.data;
}

export function useReopenIssue() {
  const queryClient = useQueryClient();
  return useMutation<Issue, ApiError, number>({
    mutationFn: reopenIssue,
    meta: { errorTitle: 'The issue could not be reopened' },
    onSuccess: (issue) => storeIssue(queryClient, issue),
  });
}
