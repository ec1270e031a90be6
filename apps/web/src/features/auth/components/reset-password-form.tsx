import { Button, RouterLink, Text } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { NewPasswordFields } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useConfirmPasswordReset } from '../api/confirm-password-reset';
import { newPasswordFormSchema } from '../lib/new-password-schema';

interface ResetPasswordFormProps {
  token: string;
  onDone: (message: string) => void;
}

/** Sets the new password with the emailed token; a used or expired link says so and offers a new one. */
export function ResetPasswordForm({ token, onDone }: ResetPasswordFormProps) {
  const confirmReset = useConfirmPasswordReset();
  const form = useApiForm({
    schema: newPasswordFormSchema,
    defaultValues: { new_password: '', confirm_password: '' },
    // The token is no input: its error is about the link itself, and goes above the form.
    fields: ['new_password'],
    submit: (values) => confirmReset.mutateAsync({ token, new_password: values.new_password }),
    onSuccess: ({ message }) => onDone(message),
  });

  return (
    <ApiFormView form={form} label="Set a new password">
      {form.formError && (
        <Text textStyle="sm">
          <RouterLink to="/forgot-password">Request a new link</RouterLink>
        </Text>
      )}
      <NewPasswordFields autoFocus />
      <Button type="submit" colorPalette="brand" loading={form.isPending} loadingText="Saving…">
        Set new password
      </Button>
    </ApiFormView>
  );
}
