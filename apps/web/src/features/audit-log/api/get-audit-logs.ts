import { keepPreviousData, queryOptions, useQuery } from '@tanstack/react-query';
import type { AuditLogEntry, Paginated } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';

export type AuditLogListParams = Record<string, string | number>;

export const auditLogKeys = {
  all: ['audit-logs'] as const,
  list: (params: AuditLogListParams) => [...auditLogKeys.all, 'list', params] as const,
};

/** Newest first unless asked otherwise; Owner and Admin only. */
export async function getAuditLogs(params: AuditLogListParams): Promise<Paginated<AuditLogEntry>> {
  const response = await apiClient.get<Paginated<AuditLogEntry>>('audit-logs/', { params });
  return response.data;
}

export const auditLogsQueryOptions = (params: AuditLogListParams) =>
  queryOptions({
    queryKey: auditLogKeys.list(params),
    queryFn: () => getAuditLogs(params),
    placeholderData: keepPreviousData,
  });

export function useAuditLogs(params: AuditLogListParams, enabled = true) {
  return useQuery({ ...auditLogsQueryOptions(params), enabled });
}
