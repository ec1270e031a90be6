import { z } from 'zod';
import { idParam, idSchema, pageQuerySchema, timestampSchema } from './common.js';
import { MEMBERSHIP_STATUSES, ROLES } from './roles.js';

/**
 * Roles a member can be given by add_member or PATCH (PRODUCT §3): `owner` moves only through
 * transfer_ownership, and `client` only through a portal invitation.
 */
export const ASSIGNABLE_ROLES = ['admin', 'manager', 'employee'] as const;
export type AssignableRole = (typeof ASSIGNABLE_ROLES)[number];

export const assignableRoleSchema = z.enum(ASSIGNABLE_ROLES, {
  error: 'Choose admin, manager or employee. Ownership moves only with transfer_ownership.',
});

export const memberParamsSchema = z.object({ id: idParam, user_id: idParam });

export const memberSchema = z.object({
  user_id: idSchema,
  username: z.string(),
  email: z.string(),
  full_name: z.string(),
  role: z.enum(ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  joined_at: timestampSchema,
  /** The staff member's employee record; null for clients. */
  employee_id: idSchema.nullable(),
  /** The customer a client member is the portal login of; null for staff. */
  customer_id: idSchema.nullable(),
});
export type Member = z.infer<typeof memberSchema>;

export const memberListQuerySchema = pageQuerySchema.extend({
  role: z.enum(ROLES).optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
});
export type MemberListQuery = z.input<typeof memberListQuerySchema>;

export const updateMemberBodySchema = z.object({
  role: assignableRoleSchema.optional(),
  status: z.enum(MEMBERSHIP_STATUSES).optional(),
});
export type UpdateMemberBody = z.input<typeof updateMemberBodySchema>;

export const transferOwnershipBodySchema = z.object({
  user_id: z
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1),
});
export type TransferOwnershipBody = z.input<typeof transferOwnershipBodySchema>;

export const transferOwnershipResponseSchema = z.object({
  owner: memberSchema,
  previous_owner: memberSchema,
});
export type TransferOwnershipResponse = z.infer<typeof transferOwnershipResponseSchema>;
