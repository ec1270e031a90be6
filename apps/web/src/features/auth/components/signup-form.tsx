import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, registerBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { Button, FormAlert, FormField, Input, PasswordInput, SimpleGrid, Stack } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useRegister } from '@/lib/auth/register';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';

type SignupValues = z.input<typeof registerBodySchema>;
type SignupPayload = z.output<typeof registerBodySchema>;

const FIELDS = ['username', 'email', 'password', 'first_name', 'last_name', 'organization_name'] as const;

export function SignupForm({ onSuccess }: { onSuccess: () => void }) {
  const registerUser = useRegister();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<SignupValues, unknown, SignupPayload>({
    resolver: zodResolver(registerBodySchema, formResolverOptions),
    defaultValues: { username: '', email: '', password: '', first_name: '', last_name: '', organization_name: '' },
  });

  const submit = async (values: SignupPayload) => {
    setFormError(null);
    try {
      await registerUser.mutateAsync(values);
      onSuccess();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        setFormError(unplaced.length > 0 ? unplaced.join(' ') : apiError.message);
      }
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)} aria-label="Sign up">
      <Stack gap="4">
        {formError && <FormAlert message={formError} />}
        <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
          <FormField label="First name" optionalText=" (optional)" errorText={errors.first_name?.message}>
            <Input autoComplete="given-name" autoFocus {...register('first_name')} />
          </FormField>
          <FormField label="Last name" optionalText=" (optional)" errorText={errors.last_name?.message}>
            <Input autoComplete="family-name" {...register('last_name')} />
          </FormField>
        </SimpleGrid>
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
        <FormField
          label="Password"
          required
          helperText={`At least ${String(PASSWORD_MIN_LENGTH)} characters; avoid common passwords.`}
          errorText={errors.password?.message}
        >
          <PasswordInput autoComplete="new-password" {...register('password')} />
        </FormField>
        <FormField
          label="Organization name"
          optionalText=" (optional)"
          helperText="Your company or team. You can rename it later."
          errorText={errors.organization_name?.message}
        >
          <Input autoComplete="organization" {...register('organization_name')} />
        </FormField>
        <Button type="submit" colorPalette="brand" loading={registerUser.isPending} loadingText="Creating account…">
          Create account
        </Button>
      </Stack>
    </form>
  );
}
