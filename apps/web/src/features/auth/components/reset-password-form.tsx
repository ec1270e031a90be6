import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH } from '@crm/contracts';
import { Button, FormAlert, FormField, PasswordInput, RouterLink, Stack, Text } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { newPasswordFormSchema, type NewPasswordFormValues } from '../lib/new-password-schema';

interface ResetPasswordFormProps {
  token: string;
  onDone: (message: string) => void;
}

/** Sets the new password with the emailed token; a used or expired link says so and offers a new one. */
export function ResetPasswordForm({ token, onDone }: ResetPasswordFormProps) {
  const confirmReset = useConfirmPasswordReset();
  const [linkError, setLinkError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<NewPasswordFormValues>({
    resolver: zodResolver(newPasswordFormSchema, formResolverOptions),
    defaultValues: { new_password: '', confirm_password: '' },
  });

  const submit = async (values: NewPasswordFormValues) => {
    setLinkError(null);
    try {
      const { message } = await confirmReset.mutateAsync({ token, new_password: values.new_password });
      onDone(message);
    } catch (error) {
      const apiError = toApiError(error);
      // The token is no input: its error is about the link itself.
      const tokenMessage = apiError.fieldErrors.token?.join(' ');
      const unplaced = applyApiFieldErrors(apiError, setError, ['new_password']).filter(
        (message) => !tokenMessage?.includes(message),
      );
      if (tokenMessage) setLinkError(tokenMessage);
      else if (!apiError.hasFieldErrors || unplaced.length > 0) setLinkError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)} aria-label="Set a new password">
      <Stack gap="4">
        {linkError && (
          <Stack gap="2">
            <FormAlert message={linkError} />
            <Text textStyle="sm">
              <RouterLink to="/forgot-password">Request a new link</RouterLink>
            </Text>
          </Stack>
        )}
        <FormField
          label="New password"
          required
          helperText={`At least ${String(PASSWORD_MIN_LENGTH)} characters; avoid common passwords.`}
          errorText={errors.new_password?.message}
        >
          <PasswordInput autoComplete="new-password" autoFocus {...register('new_password')} />
        </FormField>
        <FormField label="Confirm new password" required errorText={errors.confirm_password?.message}>
          <PasswordInput autoComplete="new-password" {...register('confirm_password')} />
        </FormField>
        <Button type="submit" colorPalette="brand" loading={confirmReset.isPending} loadingText="Saving…">
          Set new password
        </Button>
      </Stack>
    </form>
  );
}
