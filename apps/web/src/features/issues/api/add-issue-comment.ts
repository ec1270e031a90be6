import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { issueKeys } from './issue-keys';
import type { ThreadComment } from './types';

export interface AddIssueCommentBody {
  body: string;
  /** Staff only: a note no Client ever receives (the API ignores it from a Client). */
  is_internal?: boolean;
}

export async function addIssueComment(issueId: number, body: AddIssueCommentBody): Promise<ThreadComment> {
  const response = await apiClient.post<ThreadComment>(`issues/${String(issueId)}/comments/`, body);
  return response.data;
}

/**
 * A comment can change the issue too: the first public staff reply is its first response, and a
 * Client's comment on a resolved issue reopens it. So the issue refetches with its thread.
 */
export function useAddIssueComment(issueId: number) {
  const queryClient = useQueryClient();
  return useMutation<ThreadComment, ApiError, AddIssueCommentBody>({
    mutationFn: (body) => addIssueComment(issueId, body),
    meta: { errorTitle: 'The comment could not be added' },
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: issueKeys.comments(issueId) }),
        queryClient.invalidateQueries({ queryKey: issueKeys.detail(issueId) }),
        queryClient.invalidateQueries({ queryKey: issueKeys.lists() }),
      ]),
  });
}
