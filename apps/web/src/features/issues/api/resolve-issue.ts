import { useMutation, useQueryClient } from '@tanstack/react-query';
import type { Issue } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { ApiError } from '@/lib/api-error';
import { storeIssue } from './update-issue';

export interface ResolveIssueVariables {
  id: number;
  resolutionNotes: string | null;
}

export async function resolveIssue({ id, resolutionNotes }: ResolveIssueVariables): Promise<Issue> {
  const response = await apiClient.post<Issue>(`issues/${String(id)}/resolve/`, {
    resolution_notes: resolutionNotes,
  });
  return response.data;
}

export function useResolveIssue() {
  const queryClient = useQueryClient();
  return useMutation<Issue, ApiError, ResolveIssueVariables>({
    mutationFn: resolveIssue,
    meta: { errorTitle: 'The issue could not be resolved' },
    onSuccess: (issue) => storeIssue(queryClient, issue),
  });
}
