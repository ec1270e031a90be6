import { registerBodySchema } from '@crm/contracts';
import { z } from 'zod';
import { Button, FormField, Input, SimpleGrid } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { NEW_PASSWORD_HELP, USERNAME_HELP } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';
import { useAcceptInvitation } from '../api/accept-invitation';

const accountSchema = z.object({
  first_name: registerBodySchema.shape.first_name,
  last_name: registerBodySchema.shape.last_name,
  username: registerBodySchema.shape.username,
  password: registerBodySchema.shape.password,
});
const { TextField, PasswordField } = formFieldsFor<z.input<typeof accountSchema>>();

interface AcceptInvitationSignupFormProps {
  token: string;
  email: string;
  onAccepted: () => void;
}

/** Creates the account for the invited email (fixed by the invitation) and joins at once. */
export function AcceptInvitationSignupForm({ token, email, onAccepted }: AcceptInvitationSignupFormProps) {
  const accept = useAcceptInvitation();
  const form = useApiForm({
    schema: accountSchema,
    defaultValues: { first_name: '', last_name: '', username: '', password: '' },
    submit: (account) => accept.mutateAsync({ token, account }),
    onSuccess: onAccepted,
  });

  return (
    <ApiFormView form={form} label="Create your account">
      <FormField label="Email" helperText="The invitation was sent to this address.">
        <Input value={email} readOnly disabled autoComplete="email" />
      </FormField>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField name="first_name" label="First name" optional autoComplete="given-name" autoFocus />
        <TextField name="last_name" label="Last name" optional autoComplete="family-name" />
      </SimpleGrid>
      <TextField name="username" label="Username" required helperText={USERNAME_HELP} autoComplete="username" />
      <PasswordField
        name="password"
        label="Password"
        required
        helperText={NEW_PASSWORD_HELP}
        autoComplete="new-password"
      />
      <Button type="submit" colorPalette="brand" loading={form.isPending} loadingText="Joining…">
        Create account and join
      </Button>
    </ApiFormView>
  );
}
