import { loginBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { Button } from '@/components/ui';
import { ApiFormView } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useLogin } from '@/lib/auth/login';
import { useApiForm } from '@/lib/use-api-form';

const { TextField, PasswordField } = formFieldsFor<z.input<typeof loginBodySchema>>();

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const login = useLogin();
  // invalid_credentials and rate_limited carry no field: their message goes above the form.
  const form = useApiForm({
    schema: loginBodySchema,
    defaultValues: { username: '', password: '' },
    submit: login.mutateAsync,
    onSuccess,
  });

  return (
    <ApiFormView form={form} label="Log in">
      <TextField name="username" label="Username or email" required autoComplete="username" autoFocus />
      <PasswordField name="password" label="Password" required autoComplete="current-password" />
      <Button type="submit" colorPalette="brand" loading={form.isPending} loadingText="Logging in…">
        Log in
      </Button>
    </ApiFormView>
  );
}
