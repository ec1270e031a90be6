import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { loginBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { Button, FormAlert, FormField, Input, PasswordInput, Stack } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useLogin } from '@/lib/auth/login';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';

type LoginValues = z.input<typeof loginBodySchema>;
type LoginPayload = z.output<typeof loginBodySchema>;

const FIELDS = ['username', 'password'] as const;

export function LoginForm({ onSuccess }: { onSuccess: () => void }) {
  const login = useLogin();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<LoginValues, unknown, LoginPayload>({
    resolver: zodResolver(loginBodySchema, formResolverOptions),
    defaultValues: { username: '', password: '' },
  });

  const submit = async (values: LoginPayload) => {
    setFormError(null);
    try {
      await login.mutateAsync(values);
      onSuccess();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, FIELDS);
      // invalid_credentials and rate_limited carry no field: their message goes above the form.
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        setFormError(unplaced.length > 0 ? unplaced.join(' ') : apiError.message);
      }
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)} aria-label="Log in">
      <Stack gap="4">
        {formError && <FormAlert message={formError} />}
        <FormField label="Username or email" required errorText={errors.username?.message}>
          <Input autoComplete="username" autoFocus {...register('username')} />
        </FormField>
        <FormField label="Password" required errorText={errors.password?.message}>
          <PasswordInput autoComplete="current-password" {...register('password')} />
        </FormField>
        <Button type="submit" colorPalette="brand" loading={login.isPending} loadingText="Logging in…">
          Log in
        </Button>
      </Stack>
    </form>
  );
}
