import { useState } from 'react';
import { z } from 'zod';
import { emailSchema, type CreatedInvitation, type Customer, type EmailDelivery } from '@crm/contracts';
import { Alert, Button, DateTimeText, HStack, Stack, Text, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
// Imported on its own, not through the index, which is on the first screen.
import { CopyField } from '@/components/ui/copy-field';
import { formFieldsFor } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useInviteToPortal } from '../api/invite-to-portal';

const inviteSchema = z.object({ email: emailSchema });
type InviteValues = z.input<typeof inviteSchema>;
const { TextField } = formFieldsFor<InviteValues>();

/** Where the emailed link went, in words (`email_delivery`), and whether it needs sharing by hand. */
export function deliveryMessage(invitation: Pick<CreatedInvitation, 'email' | 'email_delivery'>): {
  status: 'success' | 'warning' | 'info';
  text: string;
} {
  const messages: Record<EmailDelivery, { status: 'success' | 'warning' | 'info'; text: string }> = {
    sent: { status: 'success', text: `We emailed the link to ${invitation.email}. You can also share it yourself:` },
    outbox: {
      status: 'info',
      text: "No mail server is set up: the email was written to the server's mail outbox file. Share the link yourself:",
    },
    terminal: {
      status: 'info',
      text: "No mail server is set up: the email was printed in the server's terminal. Share the link yourself:",
    },
    failed: { status: 'warning', text: 'The email could not be sent. Copy the link and share it yourself:' },
  };
  return messages[invitation.email_delivery];
}

function InvitationResult({ invitation, customer }: { invitation: CreatedInvitation; customer: Customer }) {
  const delivery = deliveryMessage(invitation);
  return (
    <Stack gap="4" data-testid="portal-invitation">
      <Text>
        {invitation.email} is invited to the customer portal as {customer.name}. The link works once, until{' '}
        <DateTimeText iso={invitation.expires_at} />.
      </Text>
      <Alert.Root status={delivery.status} variant="subtle" borderRadius="md">
        <Alert.Indicator />
        <Alert.Description data-testid="portal-invitation-delivery">{delivery.text}</Alert.Description>
      </Alert.Root>
      <CopyField value={invitation.accept_url} label="Portal invitation link" />
      <Text textStyle="sm" color="fg.muted">
        This is the only time the link is shown. Inviting again replaces it with a new one.
      </Text>
    </Stack>
  );
}

interface InviteToPortalDialogProps {
  customer: Customer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/**
 * Invites the customer to their portal (their orders, payments and issues): by default at the
 * customer's email; afterwards shows the link and where the email went, like the team invitation.
 */
export function InviteToPortalDialog({ customer, open, onOpenChange }: InviteToPortalDialogProps) {
  const invite = useInviteToPortal();
  const [created, setCreated] = useState<CreatedInvitation | null>(null);
  const defaults: InviteValues = { email: customer.email ?? '' };
  const form = useApiForm({
    schema: inviteSchema,
    defaultValues: defaults,
    open,
    submit: (values) => invite.mutateAsync({ customerId: customer.id, body: { email: values.email } }),
    onSuccess: (invitation) => {
      setCreated(invitation);
      notifySuccess('Portal invitation created', `${invitation.email} can now join as ${customer.name}.`);
    },
  });
  const close = () => {
    setCreated(null);
    onOpenChange(false);
  };

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={(isOpen) => !isOpen && close()}
      size="md"
      title={created ? 'Portal invitation sent' : `Invite ${customer.name} to the portal`}
      submitLabel="Send invitation"
      pendingLabel="Sending…"
      result={created && <InvitationResult invitation={created} customer={customer} />}
      footer={
        created && (
          <HStack gap="2">
            <Button colorPalette="brand" onClick={close}>
              Done
            </Button>
          </HStack>
        )
      }
    >
      <Text color="fg.muted">
        In the portal the customer sees their orders, payments and issues, and can raise issues and reply to them.
      </Text>
      <TextField
        name="email"
        label="Email"
        required
        type="email"
        autoFocus
        autoComplete="off"
        helperText="The customer's email by default; they create their login from the link."
      />
    </FormDialog>
  );
}
