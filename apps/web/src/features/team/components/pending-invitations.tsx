import { useState } from 'react';
import type { Invitation } from '@crm/contracts';
import {
  Button,
  ConfirmDialog,
  ErrorPanel,
  Heading,
  RelativeTime,
  Stack,
  Table,
  TableSkeleton,
  Text,
  VisuallyHidden,
  RoleBadge,
  notifySuccess,
} from '@/components/ui';
import { useInvitations } from '../api/get-invitations';
import { useRevokeInvitation } from '../api/revoke-invitation';

interface PendingInvitationsProps {
  organizationId: number;
  canRevoke: boolean;
}

function RevokeInvitationDialog({
  organizationId,
  invitation,
  onClose,
}: {
  organizationId: number;
  invitation: Invitation;
  onClose: () => void;
}) {
  const revoke = useRevokeInvitation(organizationId);
  return (
    <ConfirmDialog
      open
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={`Revoke the invitation to ${invitation.email}?`}
      confirmLabel="Revoke invitation"
      isDestructive
      isPending={revoke.isPending}
      onConfirm={() =>
        revoke.mutate(invitation.id, {
          onSuccess: () => {
            notifySuccess('Invitation revoked', `The link sent to ${invitation.email} no longer works.`);
            onClose();
          },
        })
      }
    >
      <Text>The link sent to {invitation.email} stops working at once. You can invite them again later.</Text>
    </ConfirmDialog>
  );
}

/** Invitations not yet accepted, newest first, each revocable by those who manage the team. */
export function PendingInvitations({ organizationId, canRevoke }: PendingInvitationsProps) {
  const invitations = useInvitations(organizationId);
  const [revoking, setRevoking] = useState<Invitation | null>(null);

  const content = () => {
    if (invitations.isPending) return <TableSkeleton rows={2} label="Loading invitations" />;
    if (invitations.isError) {
      return (
        <ErrorPanel
          title="Invitations could not be loaded"
          message={invitations.error.message}
          onRetry={() => void invitations.refetch()}
          isRetrying={invitations.isFetching}
        />
      );
    }
    if (invitations.data.count === 0) {
      return <Text color="fg.muted">No pending invitations.</Text>;
    }
    return (
      <Table.ScrollArea borderWidth="1px" borderRadius="md">
        <Table.Root size="sm" aria-label="Pending invitations">
          <Table.Header>
            <Table.Row>
              <Table.ColumnHeader>Email</Table.ColumnHeader>
              <Table.ColumnHeader>Role</Table.ColumnHeader>
              <Table.ColumnHeader>Invited</Table.ColumnHeader>
              <Table.ColumnHeader>Expires</Table.ColumnHeader>
              {canRevoke && (
                <Table.ColumnHeader width="1">
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.ColumnHeader>
              )}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {invitations.data.results.map((invitation) => (
              <Table.Row key={invitation.id}>
                <Table.Cell fontWeight="medium">{invitation.email}</Table.Cell>
                <Table.Cell>
                  <RoleBadge role={invitation.role} />
                </Table.Cell>
                <Table.Cell color="fg.muted">
                  <RelativeTime iso={invitation.created_at} />
                </Table.Cell>
                <Table.Cell color="fg.muted">
                  <RelativeTime iso={invitation.expires_at} />
                </Table.Cell>
                {canRevoke && (
                  <Table.Cell textAlign="end">
                    <Button
                      size="xs"
                      variant="ghost"
                      colorPalette="red"
                      onClick={() => setRevoking(invitation)}
                      aria-label={`Revoke the invitation to ${invitation.email}`}
                    >
                      Revoke
                    </Button>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </Table.ScrollArea>
    );
  };

  return (
    <Stack gap="3" as="section" aria-labelledby="pending-invitations-heading">
      <Heading as="h2" size="md" id="pending-invitations-heading">
        Pending invitations
        {invitations.data && invitations.data.count > 0 && (
          <Text as="span" color="fg.muted" fontWeight="normal" ms="2">
            {invitations.data.count}
          </Text>
        )}
      </Heading>
      {content()}
      {revoking && (
        <RevokeInvitationDialog
          organizationId={organizationId}
          invitation={revoking}
          onClose={() => setRevoking(null)}
        />
      )}
    </Stack>
  );
}
