import { useState } from 'react';
import { passwordResetBodySchema } from '@crm/contracts';
import { Alert, Button } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { TextField } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useRequestPasswordReset } from '../api/request-password-reset';

/** Asks for the email; the answer never tells whether an account uses it. */
export function ForgotPasswordForm() {
  const requestReset = useRequestPasswordReset();
  const [sentMessage, setSentMessage] = useState<string | null>(null);
  const form = useApiForm({
    schema: passwordResetBodySchema,
    defaultValues: { email: '' },
    submit: requestReset.mutateAsync,
    onSuccess: ({ message }) => setSentMessage(message),
  });

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
    <ApiFormView form={form} label="Reset password">
      <TextField
        name="email"
        label="Email"
        required
        helperText="The email address of your account."
        type="email"
        autoComplete="email"
        autoFocus
      />
      <Button type="submit" colorPalette="brand" loading={form.isPending} loadingText="Sending…">
        Email me a reset link
      </Button>
    </ApiFormView>
  );
}
