import { z } from 'zod';
import { idSchema, optionalText, idFilter } from './common.js';
import { instantInput, listQueryBase, optionalRef } from './sales-common.js';
import { assigneeFilter, recordPermissionsSchema } from './work.js';

export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'note', 'task'] as const;
export type ActivityType = (typeof ACTIVITY_TYPES)[number];

const LINKS = ['customer_id', 'lead_id', 'deal_id'] as const;
export const ONE_LINK_MESSAGE = 'Link the activity to exactly one customer, lead or deal.';

const activityFields = {
  subject: z.string().trim().min(1).max(300),
  body: optionalText(20_000),
  due_at: instantInput,
  assigned_to: optionalRef,
};

export const createActivityBodySchema = z
  .object({
    type: z.enum(ACTIVITY_TYPES),
    customer_id: optionalRef,
    lead_id: optionalRef,
    deal_id: optionalRef,
    ...activityFields,
  })
  .superRefine((activity, ctx) => {
    if (LINKS.filter((link) => activity[link] != null).length !== 1) {
      ctx.addIssue({ code: 'custom', message: ONE_LINK_MESSAGE, path: ['non_field_errors'] });
    }
  });
export const updateActivityBodySchema = z.object({
  type: z.enum(ACTIVITY_TYPES).optional(),
  subject: activityFields.subject.optional(),
  body: activityFields.body,
  due_at: activityFields.due_at,
  assigned_to: activityFields.assigned_to,
});
/** PUT: the required fields again; the link never changes after creation. */
export const replaceActivityBodySchema = updateActivityBodySchema.required({ type: true, subject: true });
export type CreateActivityBody = z.input<typeof createActivityBodySchema>;
export type UpdateActivityBody = z.input<typeof updateActivityBodySchema>;

export const activitySchema = z.object({
  id: idSchema,
  type: z.enum(ACTIVITY_TYPES),
  subject: z.string(),
  body: z.string().nullable(),
  customer_id: idSchema.nullable(),
  lead_id: idSchema.nullable(),
  deal_id: idSchema.nullable(),
  /** The name of the customer, lead or deal it belongs to. */
  related_name: z.string().nullable(),
  due_at: z.string().nullable(),
  completed_at: z.string().nullable(),
  is_completed: z.boolean(),
  assigned_to: idSchema.nullable(),
  assigned_to_name: z.string().nullable(),
  created_by: idSchema.nullable(),
  created_by_name: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  permissions: recordPermissionsSchema,
});
export type Activity = z.infer<typeof activitySchema>;

/** overdue: due before now; today: from now to the next local midnight; upcoming: after that. */
export const ACTIVITY_DUE = ['overdue', 'today', 'upcoming'] as const;
export type ActivityDue = (typeof ACTIVITY_DUE)[number];

export const ACTIVITY_ORDERING = ['due_at', 'created_at', 'updated_at', 'type', 'subject'] as const;

export const activityListQuerySchema = z.object({
  ...listQueryBase,
  type: z.enum(ACTIVITY_TYPES).optional(),
  customer: idFilter,
  lead: idFilter,
  deal: idFilter,
  assigned_to: assigneeFilter,
  completed: z.enum(['true', 'false']).optional(),
  /** My work (PRODUCT §6): open activities with a due date, by when they are due. */
  due: z.enum(ACTIVITY_DUE).optional(),
});

/** One line of a record's timeline: an activity, or an event from the audit log. */
export const timelineEntrySchema = z.object({
  id: z.string(),
  kind: z.enum(['activity', 'event']),
  at: z.string(),
  activity: activitySchema.nullable(),
  event: z
    .object({
      action: z.string(),
      resource_type: z.string(),
      resource_id: idSchema.nullable(),
      user_id: idSchema.nullable(),
      user_name: z.string().nullable(),
      /** Field-level old and new values: Owner and Admin only; null for other roles. */
      changes: z.record(z.string(), z.object({ old: z.unknown(), new: z.unknown() })).nullable(),
      fields: z.array(z.string()),
    })
    .nullable(),
});
export type TimelineEntry = z.infer<typeof timelineEntrySchema>;
