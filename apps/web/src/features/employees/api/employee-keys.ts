export type EmployeeListParams = Record<string, string | number>;

export const employeeKeys = {
  all: ['employees'] as const,
  lists: () => [...employeeKeys.all, 'list'] as const,
  list: (params: EmployeeListParams) => [...employeeKeys.lists(), params] as const,
  detail: (id: number) => [...employeeKeys.all, 'detail', id] as const,
  reports: (managerId: number) => [...employeeKeys.all, 'reports', managerId] as const,
  options: (search: string) => [...employeeKeys.all, 'options', search] as const,
  me: () => [...employeeKeys.all, 'me'] as const,
};
