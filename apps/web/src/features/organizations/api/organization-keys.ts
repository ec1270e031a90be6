export const organizationKeys = {
  all: ['organizations'] as const,
  mine: () => [...organizationKeys.all, 'mine'] as const,
  detail: (id: number) => [...organizationKeys.all, 'detail', id] as const,
};
