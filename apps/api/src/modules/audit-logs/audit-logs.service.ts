import { AUDIT_LOG_ORDERING, type AuditLogEntry, type auditLogListQuerySchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { CHANGES_MAX_DEPTH, parseJsonObject } from '../../core/json-columns.js';
import { parseOrdering } from '../../core/ordering.js';
import type { PageRequest } from '../../core/pagination.js';
import { createdRange } from '../../core/periods.js';
import { auditLogsRepository, type AuditLogRecord } from './audit-logs.repository.js';

type ListQuery = z.output<typeof auditLogListQuerySchema>;

const toEntry = ({ changes, ...rest }: AuditLogRecord): AuditLogEntry => ({
  ...rest,
  changes: changes === null ? null : parseJsonObject(changes, CHANGES_MAX_DEPTH),
});

/** Newest first by default. Secrets are never recorded (`recordAudit` drops them), so none can show here. */
export async function listAuditLogs(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, AUDIT_LOG_ORDERING, { field: 'created_at', direction: 'desc' });
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  const filters = {
    userId: query.user,
    action: query.action || undefined,
    resourceType: query.resource_type || query.resource || undefined,
    resourceId: query.resource_id,
    createdFrom: range.from,
    createdUntil: range.until,
  };
  const logs = auditLogsRepository(deps.db.kysely);
  const [rows, count] = await Promise.all([
    logs.list(actor.tenant.organizationId, filters, ordering, page.limit, page.offset),
    logs.count(actor.tenant.organizationId, filters),
  ]);
  return { results: rows.map(toEntry), count };
}
