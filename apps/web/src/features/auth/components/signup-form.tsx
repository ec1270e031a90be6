import { registerBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { Button, SimpleGrid } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useRegister } from '@/lib/auth/register';
import { NEW_PASSWORD_HELP, USERNAME_HELP } from '@/lib/forms';
import { useApiForm } from '@/lib/use-api-form';

const { TextField, PasswordField } = formFieldsFor<z.input<typeof registerBodySchema>>();

export function SignupForm({ onSuccess }: { onSuccess: () => void }) {
  const registerUser = useRegister();
  const form = useApiForm({
    schema: registerBodySchema,
    defaultValues: { username: '', email: '', password: '', first_name: '', last_name: '', organization_name: '' },
    submit: registerUser.mutateAsync,
    onSuccess,
  });

  return (
    <ApiFormView form={form} label="Sign up">
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField name="first_name" label="First name" optional autoComplete="given-name" autoFocus />
        <TextField name="last_name" label="Last name" optional autoComplete="family-name" />
      </SimpleGrid>
      <TextField name="username" label="Username" required helperText={USERNAME_HELP} autoComplete="username" />
      <TextField name="email" label="Email" required type="email" autoComplete="email" />
      <PasswordField
        name="password"
        label="Password"
        required
        helperText={NEW_PASSWORD_HELP}
        autoComplete="new-password"
      />
      <TextField
        name="organization_name"
        label="Organization name"
        optional
        helperText="Your company or team. You can rename it later."
        autoComplete="organization"
      />
      <Button type="submit" colorPalette="brand" loading={form.isPending} loadingText="Creating account…">
        Create account
      </Button>
    </ApiFormView>
  );
}
