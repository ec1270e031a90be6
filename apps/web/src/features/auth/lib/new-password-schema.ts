import { z } from 'zod';
import { passwordSchema } from '@crm/contracts';

/** A new password typed twice; the second box catches a typo before it locks the user out. */
export const newPasswordFormSchema = z
  .object({ new_password: passwordSchema, confirm_password: z.string() })
  .refine((values) => values.new_password === values.confirm_password, {
    path: ['confirm_password'],
    message: 'The passwords do not match.',
  });

export type NewPasswordFormValues = z.input<typeof newPasswordFormSchema>;
