export type IssueListParams = Record<string, string | number>;

export const issueKeys = {
  all: ['issues'] as const,
  lists: () => [...issueKeys.all, 'list'] as const,
  list: (params: IssueListParams) => [...issueKeys.lists(), params] as const,
  detail: (id: number) => [...issueKeys.all, 'detail', id] as const,
  comments: (id: number) => [...issueKeys.all, 'comments', id] as const,
  assigneeOptions: () => [...issueKeys.all, 'assignee-options'] as const,
};
