import { z } from 'zod';
import { idFilter, idSchema, optionalText } from './common.js';
import { auditFields, listQueryBase, optionalRef } from './sales-common.js';
import { assigneeFilter, recordPermissionsSchema } from './work.js';

export const ISSUE_PRIORITIES = ['low', 'medium', 'high', 'urgent'] as const;
export type IssuePriority = (typeof ISSUE_PRIORITIES)[number];
/** `urgent` is for staff to set; a Client raises low, medium or high. */
export const CLIENT_ISSUE_PRIORITIES = ['low', 'medium', 'high'] as const;
export const ISSUE_CATEGORIES = ['general', 'delivery', 'quality', 'billing', 'technical', 'other'] as const;
export type IssueCategory = (typeof ISSUE_CATEGORIES)[number];
export const ISSUE_STATUSES = ['open', 'in_progress', 'resolved', 'closed'] as const;
export type IssueStatus = (typeof ISSUE_STATUSES)[number];

/** Status moves staff make with PATCH (PRODUCT §5); resolve and reopen are actions. */
export const ISSUE_STATUS_MOVES: Record<IssueStatus, readonly IssueStatus[]> = {
  open: ['in_progress'],
  in_progress: ['open'],
  resolved: ['closed'],
  closed: [],
};

const title = z.string().trim().min(1).max(300);
const description = optionalText(20_000);

/** Staff raise an issue for a customer; a Client's customer comes from their portal link. */
export const createIssueBodySchema = z.object({
  title,
  description,
  customer_id: optionalRef,
  order_id: optionalRef,
  priority: z.enum(ISSUE_PRIORITIES).optional(),
  category: z.enum(ISSUE_CATEGORIES).optional(),
  assigned_to: optionalRef,
});
export const replaceIssueBodySchema = z.object({
  title,
  description,
  order_id: optionalRef,
  priority: z.enum(ISSUE_PRIORITIES).optional(),
  category: z.enum(ISSUE_CATEGORIES).optional(),
  assigned_to: optionalRef,
});
export const updateIssueBodySchema = replaceIssueBodySchema
  .partial()
  .extend({ status: z.enum(ISSUE_STATUSES).optional() });
export type CreateIssueBody = z.input<typeof createIssueBodySchema>;
export type UpdateIssueBody = z.input<typeof updateIssueBodySchema>;

export const resolveIssueBodySchema = z.object({ resolution_notes: optionalText(10_000) }).nullish();

const issuePermissions = recordPermissionsSchema.extend({ comment: z.boolean() });

/** What a Client sees of an issue: no assignee, creator or internal notes (PRODUCT §3). */
export const clientIssueSchema = z.object({
  id: idSchema,
  code: z.string(),
  customer_id: idSchema,
  customer_name: z.string(),
  order_id: idSchema.nullable(),
  order_code: z.string().nullable(),
  title: z.string(),
  description: z.string().nullable(),
  priority: z.enum(ISSUE_PRIORITIES),
  category: z.enum(ISSUE_CATEGORIES),
  status: z.enum(ISSUE_STATUSES),
  raised_by_client: z.boolean(),
  resolved_at: z.string().nullable(),
  resolution_notes: z.string().nullable(),
  first_response_due_at: z.string(),
  first_responded_at: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  permissions: issuePermissions,
});
export type ClientIssue = z.infer<typeof clientIssueSchema>;

export const issueSchema = clientIssueSchema.extend({
  assigned_to: idSchema.nullable(),
  assigned_to_name: z.string().nullable(),
  /** No first response yet, and its due time has passed. */
  response_overdue: z.boolean(),
  ...auditFields,
});
export type Issue = z.infer<typeof issueSchema>;
export const anyIssueSchema = z.union([issueSchema, clientIssueSchema]);

export const ISSUE_ORDERING = [
  'code',
  'title',
  'priority',
  'status',
  'first_response_due_at',
  'created_at',
  'updated_at',
] as const;

export const issueListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(ISSUE_STATUSES).optional(),
  priority: z.enum(ISSUE_PRIORITIES).optional(),
  category: z.enum(ISSUE_CATEGORIES).optional(),
  customer: idFilter,
  order: idFilter,
  assigned_to: assigneeFilter,
  response_overdue: z.enum(['true']).optional(),
});

export const createIssueCommentBodySchema = z.object({
  body: z.string().trim().min(1).max(20_000),
  /** A staff note that no Client ever receives; ignored when a Client sends it. */
  is_internal: z.boolean().optional(),
});
export const issueCommentSchema = z.object({
  id: idSchema,
  issue_id: idSchema,
  author_user_id: idSchema.nullable(),
  author_name: z.string(),
  body: z.string(),
  is_internal: z.boolean(),
  /** Written by the organization's staff (false: by the customer). */
  is_staff: z.boolean(),
  created_at: z.string(),
});
export type IssueComment = z.infer<typeof issueCommentSchema>;
/** A Client never learns that internal notes exist: the field is absent from their answers. */
export const clientIssueCommentSchema = issueCommentSchema.omit({ is_internal: true });
export const anyIssueCommentSchema = z.union([issueCommentSchema, clientIssueCommentSchema]);
