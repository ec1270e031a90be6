import type { User } from '@crm/contracts';
import { SectionCard, SimpleGrid, notifySuccess } from '@/components/ui';
import { ApiFormView, FormActions } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
// Imported on its own, not through the index, which is on the first screen.
import { TimeZoneField } from '@/components/ui/time-zone-select';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateProfile } from '../api/update-profile';
import { profileDetailsSchema, userToDetailsValues, type ProfileDetailsValues } from '../lib/profile-forms';

const { TextField } = formFieldsFor<ProfileDetailsValues>();

export function ProfileDetailsForm({ user }: { user: User }) {
  const updateProfile = useUpdateProfile();
  const form = useApiForm({
    schema: profileDetailsSchema,
    values: userToDetailsValues(user),
    resetOptions: { keepDirtyValues: true },
    submit: updateProfile.mutateAsync,
    onSuccess: (saved) => {
      form.reset(userToDetailsValues(saved));
      notifySuccess('Profile saved', 'Your details were updated.');
    },
  });

  return (
    <SectionCard
      title="Your details"
      description="How your name shows to your team, and the time zone dates are shown in."
    >
      <ApiFormView form={form} label="Your details">
        <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
          <TextField name="first_name" label="First name" optional autoComplete="given-name" />
          <TextField name="last_name" label="Last name" optional autoComplete="family-name" />
          <TextField name="phone" label="Phone" optional type="tel" autoComplete="tel" />
          <TextField name="title" label="Job title" optional autoComplete="organization-title" />
          <TimeZoneField currentValue={user.timezone} />
        </SimpleGrid>
        <FormActions form={form} submitLabel="Save details" disabled={!form.methods.formState.isDirty} />
      </ApiFormView>
    </SectionCard>
  );
}
