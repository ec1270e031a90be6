import type { ConvertLeadResponse } from '@crm/contracts';
import { ConvertLeadDialog } from './convert-lead-dialog';
import { DeleteLeadDialog } from './delete-lead-dialog';
import type { LeadDialogState } from './lead-actions';
import { LeadFormDialog } from './lead-form-dialog';

interface LeadDialogsProps {
  dialog: LeadDialogState | null;
  onClose: () => void;
  onConverted: (result: ConvertLeadResponse) => void;
  onDeleted?: () => void;
}

/** The edit, convert and delete dialogs of a lead, opened from a row's menu or the detail page. */
export function LeadDialogs({ dialog, onClose, onConverted, onDeleted }: LeadDialogsProps) {
  if (!dialog) return null;
  const openChange = (open: boolean) => {
    if (!open) onClose();
  };
  const { kind, lead, open } = dialog;
  return (
    <>
      <LeadFormDialog open={open && kind === 'edit'} onOpenChange={openChange} lead={lead} />
      <ConvertLeadDialog
        lead={lead}
        open={open && kind === 'convert'}
        onOpenChange={openChange}
        onConverted={onConverted}
      />
      <DeleteLeadDialog lead={lead} open={open && kind === 'delete'} onOpenChange={openChange} onDeleted={onDeleted} />
    </>
  );
}
