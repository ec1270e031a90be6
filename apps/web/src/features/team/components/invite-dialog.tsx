import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { createInvitationBodySchema, type CreatedInvitation } from '@crm/contracts';
import type { z } from 'zod';
import { Alert, Button, DateTimeText, HStack, Stack, Text, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
// Imported on its own, not through the index, which is on the first screen.
import { CopyField } from '@/components/ui/copy-field';
import { roleLabel } from '@/lib/roles';
import { useApiForm } from '@/lib/use-api-form';
import { useCreateInvitation } from '../api/create-invitation';
import { ASSIGNABLE_ROLE_OPTIONS, ROLE_DESCRIPTIONS } from '../lib/role-options';

type Values = z.input<typeof createInvitationBodySchema>;

const DEFAULT_VALUES: Values = { email: '', role: 'employee' };
const { TextField, SelectField } = formFieldsFor<Values>();

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
        <DateTimeText iso={invitation.expires_at} />.
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

function InviteFields() {
  const role = useWatch({ control: useFormContext<Values>().control, name: 'role' });
  return (
    <>
      <TextField
        name="email"
        label="Email"
        required
        helperText="New or with an account already, they join when they accept the invitation link."
        type="email"
        autoFocus
        autoComplete="off"
        placeholder="name@company.com"
      />
      <SelectField
        name="role"
        label="Role"
        required
        helperText={ROLE_DESCRIPTIONS[role]}
        options={ASSIGNABLE_ROLE_OPTIONS}
      />
    </>
  );
}

/** Invites by email; after sending, shows the accept link with a copy button instead of the form. */
export function InviteDialog({ organizationId, organizationName, open, onOpenChange }: InviteDialogProps) {
  const createInvitation = useCreateInvitation(organizationId);
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const form = useApiForm({
    schema: createInvitationBodySchema,
    defaultValues: DEFAULT_VALUES,
    open,
    submit: createInvitation.mutateAsync,
    onSuccess: (invitation) => {
      setCreated(invitation);
      notifySuccess('Invitation created', `${invitation.email} is invited as ${roleLabel(invitation.role)}.`);
    },
  });

  const startOver = () => {
    form.reset(DEFAULT_VALUES);
    setCreated(null);
  };
  const close = (isOpen: boolean) => {
    if (isOpen) return;
    startOver();
    onOpenChange(false);
  };

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={close}
      title={created ? 'Invitation sent' : `Invite to ${organizationName}`}
      size="md"
      submitLabel="Send invitation"
      pendingLabel="Sending…"
      result={created && <CreatedInvitationPanel invitation={created} organizationName={organizationName} />}
      footer={
        created && (
          <HStack gap="2">
            <Button variant="outline" onClick={startOver}>
              Invite someone else
            </Button>
            <Button colorPalette="brand" onClick={() => close(false)}>
              Done
            </Button>
          </HStack>
        )
      }
    >
      <InviteFields />
    </FormDialog>
  );
}
