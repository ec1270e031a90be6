import { z } from 'zod';
import { emailSchema, passwordSchema } from './auth.js';

/** A reset link lives one hour and works once. */
export const PASSWORD_RESET_TTL_MINUTES = 60;

export const passwordResetBodySchema = z.object({ email: emailSchema });
export type PasswordResetBody = z.input<typeof passwordResetBodySchema>;

export const passwordResetConfirmBodySchema = z.object({
  token: z.string().trim().min(1).max(200),
  new_password: passwordSchema,
});
export type PasswordResetConfirmBody = z.input<typeof passwordResetConfirmBodySchema>;

/** The same text whether or not the email has an account, so the answer reveals nothing. */
export const PASSWORD_RESET_REQUESTED_MESSAGE =
  'If an account exists for this email, a link to reset its password has been sent. It works once, within the hour.';
export const PASSWORD_RESET_DONE_MESSAGE = 'Your password has been reset. Sign in with the new password.';
