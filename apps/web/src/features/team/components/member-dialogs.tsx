import { useState } from 'react';
import type { Member } from '@crm/contracts';
import { ConfirmDialog, FormAlert, Stack, Text, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useLeaveOrganization } from '../api/leave-organization';
import { useRemoveMember } from '../api/remove-member';
import { useTransferOwnership } from '../api/transfer-ownership';

const closeWhenDismissed = (onClose: () => void) => (open: boolean) => {
  if (!open) onClose();
};

interface MemberDialogProps {
  organizationId: number;
  organizationName: string;
  member: Member;
  onClose: () => void;
}

export function RemoveMemberDialog({ organizationId, organizationName, member, onClose }: MemberDialogProps) {
  const removeMember = useRemoveMember(organizationId);
  return (
    <ConfirmDialog
      open
      onOpenChange={closeWhenDismissed(onClose)}
      title={`Remove ${member.full_name}?`}
      confirmLabel="Remove member"
      isDestructive
      isPending={removeMember.isPending}
      onConfirm={() =>
        removeMember.mutate(member.user_id, {
          onSuccess: () => {
            notifySuccess('Member removed', `${member.full_name} no longer has access to ${organizationName}.`);
            onClose();
          },
        })
      }
    >
      <Text>
        {member.full_name} ({member.email}) will lose access to {organizationName} at once. Their employee record stays,
        marked as terminated, and the records they worked on keep their history.
      </Text>
    </ConfirmDialog>
  );
}

export function TransferOwnershipDialog({ organizationId, organizationName, member, onClose }: MemberDialogProps) {
  const transfer = useTransferOwnership(organizationId);
  return (
    <ConfirmDialog
      open
      onOpenChange={closeWhenDismissed(onClose)}
      title={`Make ${member.full_name} the Owner?`}
      confirmLabel={`Transfer to ${member.full_name}`}
      isDestructive
      isPending={transfer.isPending}
      onConfirm={() =>
        transfer.mutate(member.user_id, {
          onSuccess: () => {
            notifySuccess(
              'Ownership transferred',
              `${member.full_name} now owns ${organizationName}. You are an Admin.`,
            );
            onClose();
          },
        })
      }
    >
      <Text>
        {member.full_name} ({member.email}) becomes the Owner of {organizationName}, and you become an Admin. Only the
        new Owner can give ownership back, delete the organization or transfer it again.
      </Text>
    </ConfirmDialog>
  );
}

interface LeaveOrganizationDialogProps {
  organizationId: number;
  organizationName: string;
  userId: number;
  /** The Owner may not leave (the server answers 409): the dialog says what to do instead. */
  isOwner: boolean;
  onClose: () => void;
}

export function LeaveOrganizationDialog({
  organizationId,
  organizationName,
  userId,
  isOwner,
  onClose,
}: LeaveOrganizationDialogProps) {
  const leave = useLeaveOrganization();
  const [refusal, setRefusal] = useState<string | null>(
    isOwner
      ? 'As the Owner, transfer ownership to another member first (from their row in the table); you can leave once you are an Admin.'
      : null,
  );
  return (
    <ConfirmDialog
      open
      onOpenChange={closeWhenDismissed(onClose)}
      title={`Leave ${organizationName}?`}
      confirmLabel="Leave organization"
      isDestructive
      isPending={leave.isPending}
      isConfirmDisabled={refusal !== null}
      onConfirm={() => {
        setRefusal(null);
        leave.mutate(
          { organizationId, organizationName, userId },
          { onError: (error) => setRefusal(toApiError(error).message) },
        );
      }}
    >
      <Stack gap="3">
        {refusal && <FormAlert title="You cannot leave yet" message={refusal} />}
        <Text>
          You will lose access to {organizationName} and its records at once. To come back, an Owner or Admin must
          invite you again.
        </Text>
      </Stack>
    </ConfirmDialog>
  );
}
