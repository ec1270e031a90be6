export type LeadListParams = Record<string, string | number>;

export const leadKeys = {
  all: ['leads'] as const,
  lists: () => [...leadKeys.all, 'list'] as const,
  list: (params: LeadListParams) => [...leadKeys.lists(), params] as const,
  detail: (id: number) => [...leadKeys.all, 'detail', id] as const,
};
