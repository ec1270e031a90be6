import type { User } from '@crm/contracts';
import { SectionCard, SimpleGrid, notifySuccess } from '@/components/ui';
import { ApiFormView, FormActions } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { USERNAME_HELP } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateProfile } from '../api/update-profile';
import { identitySchema, type IdentityValues } from '../lib/profile-forms';

const toValues = (user: User): IdentityValues => ({ username: user.username, email: user.email, current_password: '' });
const { TextField, PasswordField } = formFieldsFor<IdentityValues>();

/** Username and email: what one signs in with. */
export function AccountIdentityForm({ user }: { user: User }) {
  const updateProfile = useUpdateProfile();
  const form = useApiForm({
    schema: identitySchema,
    values: toValues(user),
    resetOptions: { keepDirtyValues: true },
    submit: updateProfile.mutateAsync,
    onSuccess: (saved) => {
      form.reset(toValues(saved));
      notifySuccess('Sign-in details changed', `You now sign in as ${saved.username} or ${saved.email}.`);
    },
  });
  const { dirtyFields } = form.methods.formState;
  const hasChanges = Boolean(dirtyFields.username ?? dirtyFields.email);

  return (
    <SectionCard
      title="Sign-in details"
      description="Your username and email both work to log in. Changing either needs your current password."
    >
      <ApiFormView form={form} label="Sign-in details">
        <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
          <TextField name="username" label="Username" required helperText={USERNAME_HELP} autoComplete="username" />
          <TextField name="email" label="Email" required type="email" autoComplete="email" />
        </SimpleGrid>
        {hasChanges && (
          <PasswordField name="current_password" label="Current password" required autoComplete="current-password" />
        )}
        <FormActions form={form} submitLabel="Change sign-in details" disabled={!hasChanges} />
      </ApiFormView>
    </SectionCard>
  );
}
