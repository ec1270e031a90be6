import type { Lead } from '@crm/contracts';
import { RecordFormDialog } from '@/components/ui/record-form-dialog';
import { useCreateLead } from '../api/create-lead';
import { useUpdateLead } from '../api/update-lead';
import { EMPTY_LEAD_FORM, leadFormSchema, leadToFormValues } from './lead-form';
import { LeadFormFields } from './lead-form-fields';
import { leadDisplayName } from './lead-labels';

interface LeadFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The lead to edit; without one the dialog creates a lead. */
  lead?: Lead;
}

export function LeadFormDialog({ open, onOpenChange, lead }: LeadFormDialogProps) {
  const createLead = useCreateLead();
  const updateLead = useUpdateLead();
  return (
    <RecordFormDialog
      open={open}
      onOpenChange={onOpenChange}
      record={lead}
      schema={leadFormSchema}
      empty={EMPTY_LEAD_FORM}
      toValues={leadToFormValues}
      create={createLead.mutateAsync}
      update={(id, body) => updateLead.mutateAsync({ id, body })}
      noun="lead"
      nameOf={leadDisplayName}
      describe={(saved) => `${leadDisplayName(saved)} (${saved.code}), score ${String(saved.score)}`}
    >
      <LeadFormFields showStatus={lead?.status !== 'converted'} lead={lead} />
    </RecordFormDialog>
  );
}
