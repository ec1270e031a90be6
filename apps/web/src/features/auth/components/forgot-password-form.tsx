import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { passwordResetBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { Alert, Button, FormAlert, FormField, Input, Stack } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useRequestPasswordReset, type PasswordResetPayload } from '../api/request-password-reset';

type Values = z.input<typeof passwordResetBodySchema>;

/** Asks for the email; the answer never tells whether an account uses it. */
export function ForgotPasswordForm() {
  const requestReset = useRequestPasswordReset();
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values, unknown, PasswordResetPayload>({
    resolver: zodResolver(passwordResetBodySchema, formResolverOptions),
    defaultValues: { email: '' },
  });

  const submit = async (values: PasswordResetPayload) => {
    setFormError(null);
    try {
      const { message } = await requestReset.mutateAsync(values);
      setSentMessage(message);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['email']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  if (sentMessage) {
    return (
      <Alert.Root status="success" variant="subtle" borderRadius="md" role="status">
        <Alert.Indicator />
        <Alert.Content>
          <Alert.Title>Check your email</Alert.Title>
          <Alert.Description>{sentMessage}</Alert.Description>
        </Alert.Content>
      </Alert.Root>
    );
  }

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)} aria-label="Reset password">
      <Stack gap="4">
        {formError && <FormAlert message={formError} />}
        <FormField
          label="Email"
          required
          errorText={errors.email?.message}
          helperText="The email address of your account."
        >
          <Input type="email" autoComplete="email" autoFocus {...register('email')} />
        </FormField>
        <Button type="submit" colorPalette="brand" loading={requestReset.isPending} loadingText="Sending…">
          Email me a reset link
        </Button>
      </Stack>
    </form>
  );
}
