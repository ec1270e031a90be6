import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { addMemberBodySchema } from '@crm/contracts';
import type { z } from 'zod';
import { AppDialog, Button, FormAlert, FormField, HStack, Input, SelectNative, Stack, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useAddMember } from '../api/add-member';
import { ASSIGNABLE_ROLE_OPTIONS } from '../lib/role-options';

type Values = z.input<typeof addMemberBodySchema>;
type Payload = z.output<typeof addMemberBodySchema>;

const FORM_ID = 'add-member-form';
const DEFAULT_VALUES: Values = { email: '', role: 'employee' };

interface AddMemberDialogProps {
  organizationId: number;
  organizationName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Adds someone who already has an account, at once; anyone else needs an invitation. */
export function AddMemberDialog({ organizationId, organizationName, open, onOpenChange }: AddMemberDialogProps) {
  const addMember = useAddMember(organizationId);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<Values, unknown, Payload>({
    resolver: zodResolver(addMemberBodySchema, formResolverOptions),
    defaultValues: DEFAULT_VALUES,
  });

  const close = () => {
    reset(DEFAULT_VALUES);
    setFormError(null);
    onOpenChange(false);
  };

  const submit = async (values: Payload) => {
    setFormError(null);
    try {
      const member = await addMember.mutateAsync(values);
      close();
      notifySuccess('Member added', `${member.full_name} joined ${organizationName} as ${roleLabel(member.role)}.`);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['email', 'role']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={(isOpen) => (isOpen ? onOpenChange(true) : close())}
      title="Add an existing user"
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} colorPalette="brand" loading={addMember.isPending}>
            Add member
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          {formError && <FormAlert message={formError} />}
          <FormField
            label="Email"
            required
            helperText="The email of their Too Good CRM account. They join at once, without an invitation."
            errorText={errors.email?.message}
          >
            <Input type="email" autoFocus autoComplete="off" {...register('email')} />
          </FormField>
          <FormField label="Role" required errorText={errors.role?.message}>
            <SelectNative options={ASSIGNABLE_ROLE_OPTIONS} {...register('role')} />
          </FormField>
        </Stack>
      </form>
    </AppDialog>
  );
}
