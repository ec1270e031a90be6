import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH } from '@crm/contracts';
import { Alert, Button, FormAlert, FormField, HStack, PasswordInput, Stack, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useChangePassword } from '../api/change-password';
import { CHANGE_PASSWORD_FIELDS, changePasswordFormSchema, type ChangePasswordValues } from '../lib/profile-forms';
import { SectionCard } from './section-card';

const EMPTY: ChangePasswordValues = { old_password: '', new_password: '', confirm_password: '' };
const SIGNED_OUT_NOTE = 'Your other sessions were signed out; this one stays signed in.';

export function ChangePasswordForm() {
  const changePassword = useChangePassword();
  const [formError, setFormError] = useState<string | null>(null);
  const [isChanged, setIsChanged] = useState(false);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ChangePasswordValues>({
    resolver: zodResolver(changePasswordFormSchema, formResolverOptions),
    defaultValues: EMPTY,
  });

  const submit = async ({ old_password, new_password }: ChangePasswordValues) => {
    setFormError(null);
    setIsChanged(false);
    try {
      await changePassword.mutateAsync({ old_password, new_password });
      reset(EMPTY);
      setIsChanged(true);
      notifySuccess('Password changed', SIGNED_OUT_NOTE);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, CHANGE_PASSWORD_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <SectionCard title="Password" description="Changing it signs you out everywhere else.">
      <form noValidate aria-label="Change password" onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4" maxW="md">
          {formError && <FormAlert message={formError} />}
          {isChanged && (
            <Alert.Root status="success" variant="subtle" borderRadius="md" role="status">
              <Alert.Indicator />
              <Alert.Description>Password changed. {SIGNED_OUT_NOTE}</Alert.Description>
            </Alert.Root>
          )}
          <FormField label="Current password" required errorText={errors.old_password?.message}>
            <PasswordInput autoComplete="current-password" {...register('old_password')} />
          </FormField>
          <FormField
            label="New password"
            required
            helperText={`At least ${String(PASSWORD_MIN_LENGTH)} characters; avoid common passwords.`}
            errorText={errors.new_password?.message}
          >
            <PasswordInput autoComplete="new-password" {...register('new_password')} />
          </FormField>
          <FormField label="Confirm new password" required errorText={errors.confirm_password?.message}>
            <PasswordInput autoComplete="new-password" {...register('confirm_password')} />
          </FormField>
          <HStack>
            <Button type="submit" colorPalette="brand" loading={changePassword.isPending} loadingText="Changing…">
              Change password
            </Button>
          </HStack>
        </Stack>
      </form>
    </SectionCard>
  );
}
