import { z } from 'zod';
import { idSchema } from './common.js';
import { dateFilter } from './sales-common.js';

const idFilter = z.coerce
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1)
  .optional();
const nameFilter = z.string().trim().max(40).optional();

export const auditLogEntrySchema = z.object({
  id: idSchema,
  user_id: idSchema.nullable(),
  user_name: z.string().nullable(),
  action: z.string(),
  resource_type: z.string(),
  resource_id: idSchema.nullable(),
  /** `{field: {old, new}}`; null when the event records no field changes. */
  changes: z.record(z.string(), z.unknown()).nullable(),
  ip: z.string().nullable(),
  created_at: z.string(),
});
export type AuditLogEntry = z.infer<typeof auditLogEntrySchema>;

export const AUDIT_LOG_ORDERING = ['created_at'] as const;

export const auditLogListQuerySchema = z.object({
  page: z.string().optional(),
  page_size: z.string().optional(),
  ordering: z.string().max(50).optional(),
  user: idFilter,
  action: nameFilter,
  /** PRODUCT §6 calls the filter `resource`; `resource_type` names the field. Both are accepted. */
  resource: nameFilter,
  resource_type: nameFilter,
  resource_id: idFilter,
  created_after: dateFilter,
  created_before: dateFilter,
});
export type AuditLogListQuery = z.input<typeof auditLogListQuerySchema>;
