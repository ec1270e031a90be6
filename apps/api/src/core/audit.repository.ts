import type { Insertable } from 'kysely';
import type { Executor } from '../db/connection.js';
import type { AuditLogsTable } from '../db/database.js';

/** The audit log's writer: append-only, so this repository has no update or delete. (Global: account events have no organization.) */
export function auditRepository(db: Executor) {
  return {
    async append(row: Insertable<AuditLogsTable>): Promise<void> {
      await db.insertInto('audit_logs').values(row).execute();
    },
  };
}
