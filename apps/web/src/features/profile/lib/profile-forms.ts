import { z } from 'zod';
import { changePasswordBodySchema, passwordSchema, updateProfileBodySchema, type User } from '@crm/contracts';

const shape = updateProfileBodySchema.shape;

export const profileDetailsSchema = z.object({
  first_name: shape.first_name,
  last_name: shape.last_name,
  phone: shape.phone,
  title: shape.title,
  timezone: shape.timezone.unwrap(),
});
export type ProfileDetailsValues = z.input<typeof profileDetailsSchema>;
export type ProfileDetailsOutput = z.output<typeof profileDetailsSchema>;

export function userToDetailsValues(user: User): ProfileDetailsValues {
  return {
    first_name: user.first_name ?? '',
    last_name: user.last_name ?? '',
    phone: user.phone ?? '',
    title: user.title ?? '',
    timezone: user.timezone,
  };
}

/** Changing how one signs in asks for the password, so a borrowed session cannot take the account. */
export const identitySchema = z.object({
  username: shape.username.unwrap(),
  email: shape.email.unwrap(),
  current_password: z.string().min(1, 'Enter your current password to change your username or email.').max(256),
});
export type IdentityValues = z.input<typeof identitySchema>;
export type IdentityOutput = z.output<typeof identitySchema>;

export const changePasswordFormSchema = z
  .object({
    old_password: changePasswordBodySchema.shape.old_password,
    new_password: passwordSchema,
    confirm_password: z.string(),
  })
  .refine((values) => values.new_password === values.confirm_password, {
    path: ['confirm_password'],
    message: 'The passwords do not match.',
  });
export type ChangePasswordValues = z.input<typeof changePasswordFormSchema>;
