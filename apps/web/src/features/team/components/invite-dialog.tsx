import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { createInvitationBodySchema, type CreatedInvitation } from '@crm/contracts';
import type { z } from 'zod';
import {
  Alert,
  AppDialog,
  Button,
  FormAlert,
  FormField,
  HStack,
  Input,
  SelectNative,
  Stack,
  Text,
  formatDateTime,
  notifySuccess,
} from '@/components/ui';
// Imported on its own, not through the index, which is on the first screen.
import { CopyField } from '@/components/ui/copy-field';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { roleLabel } from '@/features/organizations/components/role-badge';
import { useCreateInvitation } from '../api/create-invitation';
import { ASSIGNABLE_ROLE_OPTIONS, ROLE_DESCRIPTIONS } from '../lib/role-options';

type Values = z.input<typeof createInvitationBodySchema>;
type Payload = z.output<typeof createInvitationBodySchema>;

const FORM_ID = 'invite-member-form';
const DEFAULT_VALUES: Values = { email: '', role: 'employee' };

interface InviteDialogProps {
  organizationId: number;
  organizationName: string;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

function CreatedInvitationPanel({
  invitation,
  organizationName,
}: {
  invitation: CreatedInvitation;
  organizationName: string;
}) {
  return (
    <Stack gap="4" data-testid="created-invitation">
      <Text>
        {invitation.email} is invited to {organizationName} as {roleLabel(invitation.role)}. The link works once, until{' '}
        {formatDateTime(invitation.expires_at)}.
      </Text>
      <Alert.Root status={invitation.email_sent ? 'success' : 'warning'} variant="subtle" borderRadius="md">
        <Alert.Indicator />
        <Alert.Description>
          {invitation.email_sent
            ? 'We emailed the link. You can also share it yourself:'
            : 'The email could not be sent. Copy the link and share it yourself:'}
        </Alert.Description>
      </Alert.Root>
      <CopyField value={invitation.accept_url} label="Invitation link" />
      <Text textStyle="sm" color="fg.muted">
        This is the only time the link is shown. If it is lost, revoke the invitation and send a new one.
      </Text>
    </Stack>
  );
}

/** Invites by email; after sending, shows the accept link with a copy button instead of the form. */
export function InviteDialog({ organizationId, organizationName, open, onOpenChange }: InviteDialogProps) {
  const createInvitation = useCreateInvitation(organizationId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const [formError, setFormError] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    reset,
    watch,
    formState: { errors },
  } = useForm<Values, unknown, Payload>({
    resolver: zodResolver(createInvitationBodySchema, formResolverOptions),
    defaultValues: DEFAULT_VALUES,
  });
  const role = watch('role');

  const startOver = () => {
    reset(DEFAULT_VALUES);
    setCreated(null);
    setFormError(null);
  };
  const close = () => {
    startOver();
    onOpenChange(false);
  };

  const submit = async (values: Payload) => {
    setFormError(null);
    try {
      const invitation = await createInvitation.mutateAsync(values);
      setCreated(invitation);
      notifySuccess('Invitation created', `${invitation.email} is invited as ${roleLabel(invitation.role)}.`);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['email', 'role']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  const footer = created ? (
    <HStack gap="2">
      <Button variant="outline" onClick={startOver}>
        Invite someone else
      </Button>
      <Button colorPalette="brand" onClick={close}>
        Done
      </Button>
    </HStack>
  ) : (
    <HStack gap="2">
      <Button variant="outline" onClick={close}>
        Cancel
      </Button>
      <Button
        type="submit"
        form={FORM_ID}
        colorPalette="brand"
        loading={createInvitation.isPending}
        loadingText="Sending…"
      >
        Send invitation
      </Button>
    </HStack>
  );

  return (
    <AppDialog
      open={open}
      onOpenChange={(isOpen) => (isOpen ? onOpenChange(true) : close())}
      title={created ? 'Invitation sent' : `Invite to ${organizationName}`}
      size="md"
      footer={footer}
    >
      {created ? (
        <CreatedInvitationPanel invitation={created} organizationName={organizationName} />
      ) : (
        <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
          <Stack gap="4">
            {formError && <FormAlert message={formError} />}
            <FormField
              label="Email"
              required
              helperText="New or with an account already, they join when they accept the invitation link."
              errorText={errors.email?.message}
            >
              <Input type="email" autoFocus autoComplete="off" placeholder="name@company.com" {...register('email')} />
            </FormField>
            <FormField label="Role" required helperText={ROLE_DESCRIPTIONS[role]} errorText={errors.role?.message}>
              <SelectNative options={ASSIGNABLE_ROLE_OPTIONS} {...register('role')} />
            </FormField>
          </Stack>
        </form>
      )}
    </AppDialog>
  );
}
