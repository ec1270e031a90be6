import type { Lead } from '@crm/contracts';
import { ConfirmDialog, Text, notifySuccess } from '@/components/ui';
import { useDeleteLead } from '../api/delete-lead';
import { leadDisplayName } from './lead-labels';

interface DeleteLeadDialogProps {
  lead: Lead;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted?: () => void;
}

export function DeleteLeadDialog({ lead, open, onOpenChange, onDeleted }: DeleteLeadDialogProps) {
  const deleteLead = useDeleteLead();
  const name = leadDisplayName(lead);
  const confirm = () =>
    deleteLead.mutate(lead.id, {
      onSuccess: () => {
        onOpenChange(false);
        notifySuccess('Lead deleted', `${name} (${lead.code}) was deleted.`);
        onDeleted?.();
      },
    });

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${name}?`}
      confirmLabel="Delete lead"
      onConfirm={confirm}
      isPending={deleteLead.isPending}
      isDestructive
    >
      <Text>
        {name} ({lead.code}) and its activities will be deleted. This cannot be undone.
        {lead.converted_to_customer_id !== null && ' The customer it was converted into stays.'}
      </Text>
    </ConfirmDialog>
  );
}
