import { useState } from 'react';
import { useFormContext, useWatch } from 'react-hook-form';
import { createInvitationBodySchema, type CreatedInvitation, type EmailDelivery } from '@crm/contracts';
import type { z } from 'zod';
import { Alert, Button, DateTimeText, HStack, Stack, Text, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
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

/** Where the link went, in words: "emailed" only when an email really went out. */
const DELIVERY_NOTICES: Record<EmailDelivery, { status: 'success' | 'warning' | 'error'; text: string }> = {
  sent: { status: 'success', text: 'We emailed the link. You can also share it yourself:' },
  terminal: {
    status: 'warning',
    text: "Email isn't set up here: the link was printed in the server's terminal. Copy it and share it yourself:",
  },
  outbox: {
    status: 'warning',
    text: "Email isn't set up here: the link was written to the mail outbox file. Copy it and share it yourself:",
  },
  failed: {
    status: 'error',
    text: 'Sending the email failed. Copy the link and share it yourself:',
  },
};

function CreatedInvitationPanel({
  invitation,
  organizationName,
}: {
  invitation: CreatedInvitation;
  organizationName: string;
}) {
  const notice = DELIVERY_NOTICES[invitation.email_delivery];
  return (
    <Stack gap="4" data-testid="created-invitation">
      <Text>
        {invitation.email} is invited to {organizationName} as {roleLabel(invitation.role)}. The link works once, until{' '}
        <DateTimeText iso={invitation.expires_at} />.
      </Text>
      <Alert.Root status={notice.status} variant="subtle" borderRadius="md" data-delivery={invitation.email_delivery}>
        <Alert.Indicator />
        <Alert.Description>{notice.text}</Alert.Description>
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
