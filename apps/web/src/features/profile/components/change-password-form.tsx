import { useState } from 'react';
import { Alert, Button, HStack, SectionCard, notifySuccess } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { NewPasswordFields, formFieldsFor } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useChangePassword } from '../api/change-password';
import { changePasswordFormSchema, type ChangePasswordValues } from '../lib/profile-forms';

const EMPTY: ChangePasswordValues = { old_password: '', new_password: '', confirm_password: '' };
const SIGNED_OUT_NOTE = 'Your other sessions were signed out; this one stays signed in.';
const { PasswordField } = formFieldsFor<ChangePasswordValues>();

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const [isChanged, setIsChanged] = useState(false);
  const form = useApiForm({
    schema: changePasswordFormSchema,
    defaultValues: EMPTY,
    submit: async ({ old_password, new_password }) => {
      setIsChanged(false);
      await changePassword.mutateAsync({ old_password, new_password });
    },
    onSuccess: () => {
      form.reset(EMPTY);
      setIsChanged(true);
      notifySuccess('Password changed', SIGNED_OUT_NOTE);
    },
  });

  return (
    <SectionCard title="Password" description="Changing it signs you out everywhere else.">
      <ApiFormView form={form} label="Change password" maxW="md">
        {isChanged && (
          <Alert.Root status="success" variant="subtle" borderRadius="md" role="status">
            <Alert.Indicator />
            <Alert.Description>Password changed. {SIGNED_OUT_NOTE}</Alert.Description>
          </Alert.Root>
        )}
        <PasswordField name="old_password" label="Current password" required autoComplete="current-password" />
        <NewPasswordFields />
        <HStack>
          <Button type="submit" colorPalette="brand" loading={form.isPending} loadingText="Changing…">
            Change password
          </Button>
        </HStack>
      </ApiFormView>
    </SectionCard>
  );
}
