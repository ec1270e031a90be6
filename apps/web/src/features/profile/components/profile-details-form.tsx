import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { User } from '@crm/contracts';
import { Button, FormAlert, FormField, HStack, Input, SimpleGrid, Stack, notifySuccess } from '@/components/ui';
// Imported on its own, not through the index, which is on the first screen.
import { TimeZoneSelect } from '@/components/ui/time-zone-select';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useUpdateProfile } from '../api/update-profile';
import {
  PROFILE_DETAILS_FIELDS,
  profileDetailsSchema,
  userToDetailsValues,
  type ProfileDetailsOutput,
  type ProfileDetailsValues,
} from '../lib/profile-forms';
import { SectionCard } from './section-card';

const OPTIONAL = ' (optional)';

export function ProfileDetailsForm({ user }: { user: User }) {
  const updateProfile = useUpdateProfile();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors, isDirty },
  } = useForm<ProfileDetailsValues, unknown, ProfileDetailsOutput>({
    resolver: zodResolver(profileDetailsSchema, formResolverOptions),
    values: userToDetailsValues(user),
    resetOptions: { keepDirtyValues: true },
  });

  const submit = async (values: ProfileDetailsOutput) => {
    setFormError(null);
    try {
      const saved = await updateProfile.mutateAsync(values);
      reset(userToDetailsValues(saved));
      notifySuccess('Profile saved', 'Your details were updated.');
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, PROFILE_DETAILS_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <SectionCard
      title="Your details"
      description="How your name shows to your team, and the time zone dates are shown in."
    >
      <form noValidate aria-label="Your details" onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          {formError && <FormAlert message={formError} />}
          <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
            <FormField label="First name" optionalText={OPTIONAL} errorText={errors.first_name?.message}>
              <Input autoComplete="given-name" {...register('first_name')} />
            </FormField>
            <FormField label="Last name" optionalText={OPTIONAL} errorText={errors.last_name?.message}>
              <Input autoComplete="family-name" {...register('last_name')} />
            </FormField>
            <FormField label="Phone" optionalText={OPTIONAL} errorText={errors.phone?.message}>
              <Input type="tel" autoComplete="tel" {...register('phone')} />
            </FormField>
            <FormField label="Job title" optionalText={OPTIONAL} errorText={errors.title?.message}>
              <Input autoComplete="organization-title" {...register('title')} />
            </FormField>
            <FormField label="Time zone" required errorText={errors.timezone?.message}>
              <TimeZoneSelect currentValue={user.timezone} {...register('timezone')} />
            </FormField>
          </SimpleGrid>
          <HStack justify="flex-end">
            <Button type="submit" colorPalette="brand" loading={updateProfile.isPending} disabled={!isDirty}>
              Save details
            </Button>
          </HStack>
        </Stack>
      </form>
    </SectionCard>
  );
}
