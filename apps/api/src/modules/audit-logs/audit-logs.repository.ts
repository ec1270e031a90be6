import { expressionBuilder, type Expression, type SqlBool } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { AuditLogsTable } from '../../db/database.js';
import { userNameOf } from '../../db/expressions.js';
import type { Ordering } from '../../core/ordering.js';

export interface AuditLogFilters {
  userId?: number;
  action?: string;
  resourceType?: string;
  resourceId?: number;
  createdFrom?: string;
  createdUntil?: string;
}

export interface AuditLogRecord {
  id: number;
  user_id: number | null;
  user_name: string | null;
  action: string;
  resource_type: string;
  resource_id: number | null;
  changes: string | null;
  ip: string | null;
  created_at: string;
}

/**
 * The organization's audit trail, read-only: rows are appended by `recordAudit` in the writes they
 * record. Account events (organization_id null) never match an organization's id.
 */
export function auditLogsRepository(db: Executor) {
  /** The filters as one condition on alias `a`, shared by the page query and the count. */
  const matching = (organizationId: number, f: AuditLogFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ a: AuditLogsTable }, 'a'>();
    const conditions: Expression<SqlBool>[] = [eb('a.organization_id', '=', organizationId)];
    if (f.userId !== undefined) conditions.push(eb('a.user_id', '=', f.userId));
    if (f.action) conditions.push(eb('a.action', '=', f.action));
    if (f.resourceType) conditions.push(eb('a.resource_type', '=', f.resourceType));
    if (f.resourceId !== undefined) conditions.push(eb('a.resource_id', '=', f.resourceId));
    if (f.createdFrom) conditions.push(eb('a.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('a.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  return {
    /** One query: the entries and their authors' names (users are joined, never looked up per row). */
    list(
      organizationId: number,
      filters: AuditLogFilters,
      ordering: Ordering<'created_at'>,
      limit: number,
      offset: number,
    ): Promise<AuditLogRecord[]> {
      return db
        .selectFrom('audit_logs as a')
        .leftJoin('users as u', 'u.id', 'a.user_id')
        .select([
          'a.id',
          'a.user_id',
          'a.action',
          'a.resource_type',
          'a.resource_id',
          'a.changes',
          'a.ip',
          'a.created_at',
        ])
        .select(userNameOf('u').as('user_name'))
        .where(matching(organizationId, filters))
        .orderBy('a.created_at', ordering.direction)
        .orderBy('a.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(organizationId: number, filters: AuditLogFilters): Promise<number> {
      const row = await db
        .selectFrom('audit_logs as a')
        .where(matching(organizationId, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },
  };
}
