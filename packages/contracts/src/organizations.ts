import { z } from 'zod';
import { currencySchema, idSchema, optionalEmail, optionalText, timeZoneSchema, timestampSchema } from './common.js';
import { MEMBERSHIP_STATUSES, ROLES } from './roles.js';
import { userSchema } from './auth.js';
import { websiteInput } from './input-limits.js';

const addressFields = {
  address: optionalText(500),
  city: optionalText(100),
  state: optionalText(100),
  postal_code: optionalText(20),
  country: optionalText(100),
};

const organizationWritable = {
  industry: optionalText(100),
  website: websiteInput,
  phone: optionalText(50),
  email: optionalEmail,
  ...addressFields,
  currency: currencySchema.optional(),
  timezone: timeZoneSchema.optional(),
};

/** Which rows Employees and Managers read (PRODUCT §3): every one, or their own / their team's. */
export const EMPLOYEE_VISIBILITY = ['all', 'own'] as const;
export const MANAGER_VISIBILITY = ['all', 'team'] as const;
export const recordVisibilitySchema = z.object({
  employee: z.enum(EMPLOYEE_VISIBILITY),
  manager: z.enum(MANAGER_VISIBILITY),
});
export type RecordVisibility = z.infer<typeof recordVisibilitySchema>;
export const DEFAULT_RECORD_VISIBILITY: RecordVisibility = { employee: 'all', manager: 'all' };

/** Hours to a first staff reply, per issue priority (PRODUCT §4). */
const targetHours = z.number().int('Use whole hours.').min(1).max(8760);
export const responseTargetsSchema = z.object({
  urgent: targetHours,
  high: targetHours,
  medium: targetHours,
  low: targetHours,
});
export type ResponseTargets = z.infer<typeof responseTargetsSchema>;
export const DEFAULT_RESPONSE_TARGETS: ResponseTargets = { urgent: 4, high: 24, medium: 48, low: 120 };

export const organizationNameSchema = z.string().trim().min(1, 'This field may not be blank.').max(200);

export const createOrganizationBodySchema = z.object({ name: organizationNameSchema, ...organizationWritable });
export type CreateOrganizationBody = z.input<typeof createOrganizationBodySchema>;

/** Partial `record_visibility` and `response_targets` objects merge with the current value. */
export const updateOrganizationBodySchema = z.object({
  name: organizationNameSchema.optional(),
  ...organizationWritable,
  record_visibility: recordVisibilitySchema.partial().optional(),
  response_targets: responseTargetsSchema.partial().optional(),
});
export type UpdateOrganizationBody = z.input<typeof updateOrganizationBodySchema>;

export const deleteOrganizationBodySchema = z.object({
  confirm: z.string({ error: 'Type the organization name to confirm.' }),
});

export const organizationSchema = z.object({
  id: idSchema,
  name: z.string(),
  slug: z.string(),
  industry: z.string().nullable(),
  website: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postal_code: z.string().nullable(),
  country: z.string().nullable(),
  currency: z.string(),
  timezone: z.string(),
  record_visibility: recordVisibilitySchema,
  response_targets: responseTargetsSchema,
  created_at: timestampSchema,
  updated_at: timestampSchema,
});
export type Organization = z.infer<typeof organizationSchema>;

export const myOrganizationSchema = z.object({
  organization: organizationSchema,
  role: z.enum(ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
  is_default: z.boolean(),
});
export type MyOrganization = z.infer<typeof myOrganizationSchema>;

export const registerResponseSchema = z.object({
  token: z.string(),
  user: userSchema,
  organization: organizationSchema,
  message: z.string(),
});
export type RegisterResponse = z.infer<typeof registerResponseSchema>;
