import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { User } from '@crm/contracts';
import {
  Button,
  FormAlert,
  FormField,
  HStack,
  Input,
  PasswordInput,
  SimpleGrid,
  Stack,
  notifySuccess,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useUpdateProfile } from '../api/update-profile';
import { IDENTITY_FIELDS, identitySchema, type IdentityOutput, type IdentityValues } from '../lib/profile-forms';
import { SectionCard } from './section-card';

const toValues = (user: User): IdentityValues => ({ username: user.username, email: user.email, current_password: '' });

/** Username and email: what one signs in with. */
export function AccountIdentityForm({ user }: { user: User }) {
  const updateProfile = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, dirtyFields },
  } = useForm<IdentityValues, unknown, IdentityOutput>({
    resolver: zodResolver(identitySchema, formResolverOptions),
    values: toValues(user),
    resetOptions: { keepDirtyValues: true },
  });
  const hasChanges = Boolean(dirtyFields.username ?? dirtyFields.email);

  const submit = async (values: IdentityOutput) => {
    setFormError(null);
    try {
      const saved = await updateProfile.mutateAsync(values);
      reset(toValues(saved));
      notifySuccess('Sign-in details changed', `You now sign in as ${saved.username} or ${saved.email}.`);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, IDENTITY_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <SectionCard
      title="Sign-in details"
      description="Your username and email both work to log in. Changing either needs your current password."
    >
      <form noValidate aria-label="Sign-in details" onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          {formError && <FormAlert message={formError} />}
          <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
            <FormField
              label="Username"
              required
              helperText="Letters, digits and . _ + - only."
              errorText={errors.username?.message}
            >
              <Input autoComplete="username" {...register('username')} />
            </FormField>
            <FormField label="Email" required errorText={errors.email?.message}>
              <Input type="email" autoComplete="email" {...register('email')} />
            </FormField>
          </SimpleGrid>
          {hasChanges && (
            <FormField label="Current password" required errorText={errors.current_password?.message}>
              <PasswordInput autoComplete="current-password" {...register('current_password')} />
            </FormField>
          )}
          <HStack justify="flex-end">
            <Button type="submit" colorPalette="brand" loading={updateProfile.isPending} disabled={!hasChanges}>
              Change sign-in details
            </Button>
          </HStack>
        </Stack>
      </form>
    </SectionCard>
  );
}
