import type { Executor } from '../db/connection.js';
import { auditRepository } from './audit.repository.js';
import { nowIso } from './time.js';

/** Never recorded, whatever a diff would otherwise carry (PRODUCT §4 AuditLog). */
const SECRET_FIELDS = new Set([
  'password',
  'password_hash',
  'token',
  'key_hash',
  'current_password',
  'old_password',
  'new_password',
]);

/** Not part of a record's history: when it changed, and what the caller happened to be allowed. */
const NOT_CHANGES = new Set(['updated_at', 'permissions']);

export type Changes = Record<string, { old: unknown; new: unknown }>;

export interface AuditEntry {
  organizationId: number | null;
  userId: number | null;
  action: string;
  resourceType: string;
  resourceId: number | null;
  changes?: Changes | null;
  ip?: string | null;
}

/** Field-level changes between two states of a record, without secrets or untouched fields. */
export function diff(before: object | null, after: object | null): Changes {
  const changes: Changes = {};
  const b = (before ?? {}) as Record<string, unknown>;
  const a = (after ?? {}) as Record<string, unknown>;
  for (const key of new Set([...Object.keys(b), ...Object.keys(a)])) {
    if (SECRET_FIELDS.has(key) || NOT_CHANGES.has(key)) continue;
    const oldValue = b[key] ?? null;
    const newValue = a[key] ?? null;
    if (JSON.stringify(oldValue) !== JSON.stringify(newValue)) changes[key] = { old: oldValue, new: newValue };
  }
  return changes;
}

/**
 * Appends one audit row. Called with the transaction of the write it records, so the two commit or
 * fail together. (Global: account events such as login have no organization.)
 */
export async function recordAudit(db: Executor, entry: AuditEntry): Promise<void> {
  await auditRepository(db).append({
    organization_id: entry.organizationId,
    user_id: entry.userId,
    action: entry.action,
    resource_type: entry.resourceType,
    resource_id: entry.resourceId,
    changes: entry.changes ? JSON.stringify(entry.changes) : null,
    ip: entry.ip ?? null,
    created_at: nowIso(),
  });
}
