import { z } from 'zod';
import { idSchema } from './common.js';

/**
 * What a sales team's day needs from every list and record (PRODUCT §3, §6): the assignee filter,
 * what the caller may do with a record, and bulk actions.
 */

const MAX_ID = 2 ** 31 - 1;

/**
 * `assigned_to` as a filter: an employee id, `me` (the caller's employee record) or `none`
 * (unassigned). Numbers are accepted too, for bulk filters sent as JSON.
 */
export const assigneeFilter = z
  .preprocess(
    (value) => (typeof value === 'number' ? String(value) : value),
    z
      .string()
      .regex(/^(me|none|\d{1,10})$/, 'Use an employee id, "me" or "none".')
      .transform((value) => (value === 'me' || value === 'none' ? value : Number(value)))
      .refine(
        (value) => typeof value === 'string' || (value >= 1 && value <= MAX_ID),
        'Use an employee id, "me" or "none".',
      ),
  )
  .optional();
export type AssigneeFilter = 'me' | 'none' | number;

/**
 * What the caller may do with a record, from the same matrix, ownership and visibility that guard
 * the routes — from role and ownership, not from the record's state (a closed deal still says
 * `update: true`; the action answers 409). `assign`: may change the assignee (an Employee only to
 * claim an unassigned record for themself).
 */
export const recordPermissionsSchema = z.object({
  update: z.boolean(),
  delete: z.boolean(),
  assign: z.boolean(),
});
export type RecordPermissions = z.infer<typeof recordPermissionsSchema>;

export const leadPermissionsSchema = recordPermissionsSchema.extend({ convert: z.boolean() });
export type LeadPermissions = z.infer<typeof leadPermissionsSchema>;

/** At most this many records per bulk action, by ids or by filter. */
export const BULK_MAX_RECORDS = 10_000;

export const BULK_REFUSAL_CODES = ['not_found', 'permission_denied', 'conflict'] as const;

export const bulkResultSchema = z.object({
  done: z.array(idSchema),
  refused: z.array(z.object({ id: idSchema, code: z.enum(BULK_REFUSAL_CODES), message: z.string() })),
});
export type BulkResult = z.infer<typeof bulkResultSchema>;

const bulkIds = z
  .array(z.number().int().min(1).max(MAX_ID))
  .min(1)
  .max(BULK_MAX_RECORDS, `At most ${BULK_MAX_RECORDS.toLocaleString('en-US')} records at once.`);

/** The records a bulk action applies to: `ids`, or `filter` (the list's query parameters). */
export const bulkTarget = <F extends z.ZodType>(filter: F) => ({ ids: bulkIds.optional(), filter: filter.optional() });

/** `POST /api/<resource>/bulk/` takes exactly one of `ids` or `filter`. */
export function exactlyOneTarget(body: { ids?: unknown; filter?: unknown }, ctx: z.RefinementCtx): void {
  if ((body.ids === undefined) === (body.filter === undefined)) {
    ctx.addIssue({ code: 'custom', message: 'Send exactly one of "ids" or "filter".', path: ['non_field_errors'] });
  }
}

export const assignAction = z.object({
  action: z.literal('assign'),
  assigned_to: z.number({ error: 'Give an employee id, or null to unassign.' }).int().min(1).max(MAX_ID).nullable(),
});
export const deleteAction = z.object({ action: z.literal('delete') });
