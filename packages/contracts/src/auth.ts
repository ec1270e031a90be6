import { z } from 'zod';
import { optionalText, timeZoneSchema, idSchema } from './common.js';
import { ROLES, MEMBERSHIP_STATUSES } from './roles.js';

export const PASSWORD_MIN_LENGTH = 10;

/** A username may not contain '@': a login name with '@' is an email. */
export const usernameSchema = z
  .string()
  .trim()
  .min(3, 'Use at least 3 characters.')
  .max(150)
  .regex(/^[A-Za-z0-9_.+-]+$/, 'Use letters, digits and . _ + - only.');

export const emailSchema = z
  .string()
  .trim()
  .max(254)
  .pipe(z.email('Enter a valid email address.'))
  .transform((v) => v.toLowerCase());

/** Length here; the common-password check runs on the server, which holds the list. */
export const passwordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters.`)
  .max(256);

export const registerBodySchema = z.object({
  username: usernameSchema,
  email: emailSchema,
  password: passwordSchema,
  first_name: optionalText(150),
  last_name: optionalText(150),
  organization_name: optionalText(200),
});
export type RegisterBody = z.input<typeof registerBodySchema>;

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(256),
});
export type LoginBody = z.input<typeof loginBodySchema>;

export const updateProfileBodySchema = z.object({
  first_name: optionalText(150),
  last_name: optionalText(150),
  phone: optionalText(50),
  title: optionalText(150),
  timezone: timeZoneSchema.optional(),
  username: usernameSchema.optional(),
  email: emailSchema.optional(),
  current_password: z.string().max(256).optional(),
});
export type UpdateProfileBody = z.input<typeof updateProfileBodySchema>;

export const changePasswordBodySchema = z.object({
  old_password: z.string().min(1).max(256),
  new_password: passwordSchema,
});
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;

export const organizationRefSchema = z.object({ id: idSchema, name: z.string(), slug: z.string() });

export const userMembershipSchema = z.object({
  organization: organizationRefSchema,
  role: z.enum(ROLES),
  status: z.enum(MEMBERSHIP_STATUSES),
});

export const userSchema = z.object({
  id: idSchema,
  username: z.string(),
  email: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  full_name: z.string(),
  phone: z.string().nullable(),
  title: z.string().nullable(),
  timezone: z.string(),
  default_organization_id: idSchema.nullable(),
  memberships: z.array(userMembershipSchema),
});
export type User = z.infer<typeof userSchema>;

export const loginResponseSchema = z.object({
  token: z.string(),
  user: userSchema,
  message: z.string(),
});
export type LoginResponse = z.infer<typeof loginResponseSchema>;
