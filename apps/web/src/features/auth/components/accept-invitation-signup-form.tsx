import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { PASSWORD_MIN_LENGTH, registerBodySchema } from '@crm/contracts';
import { z } from 'zod';
import { Button, FormAlert, FormField, Input, PasswordInput, SimpleGrid, Stack } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useAcceptInvitation } from '../api/accept-invitation';

const accountSchema = z.object({
  first_name: registerBodySchema.shape.first_name,
  last_name: registerBodySchema.shape.last_name,
  username: registerBodySchema.shape.username,
  password: registerBodySchema.shape.password,
});
type Values = z.input<typeof accountSchema>;
type Payload = z.output<typeof accountSchema>;

const FIELDS = ['first_name', 'last_name', 'username', 'password'] as const;

interface AcceptInvitationSignupFormProps {
  token: string;
  email: string;
  onAccepted: () => void;
}

/** Creates the account for the invited email (fixed by the invitation) and joins at once. */
export function AcceptInvitationSignupForm({ token, email, onAccepted }: AcceptInvitationSignupFormProps) {
  const accept = useAcceptInvitation();
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors },
  } = useForm<Values, unknown, Payload>({
    resolver: zodResolver(accountSchema, formResolverOptions),
    defaultValues: { first_name: '', last_name: '', username: '', password: '' },
  });

  const submit = async (values: Payload) => {
    setFormError(null);
    try {
      await accept.mutateAsync({ token, account: values });
      onAccepted();
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <form noValidate onSubmit={(event) => void handleSubmit(submit)(event)} aria-label="Create your account">
      <Stack gap="4">
        {formError && <FormAlert message={formError} />}
        <FormField label="Email" helperText="The invitation was sent to this address.">
          <Input value={email} readOnly disabled autoComplete="email" />
        </FormField>
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
        <FormField
          label="Password"
          required
          helperText={`At least ${String(PASSWORD_MIN_LENGTH)} characters; avoid common passwords.`}
          errorText={errors.password?.message}
        >
          <PasswordInput autoComplete="new-password" {...register('password')} />
        </FormField>
        <Button type="submit" colorPalette="brand" loading={accept.isPending} loadingText="Joining…">
          Create account and join
        </Button>
      </Stack>
    </form>
  );
}
