import type { Deal } from '@crm/contracts';
import { z } from 'zod';
import { notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { TextareaField } from '@/components/ui/form-fields';
import { useApiForm } from '@/lib/use-api-form';
import { useMarkDealLost } from '../api/mark-deal-lost';

interface MarkLostDialogProps {
  deal: Deal | null;
  onClose: () => void;
}

const MAX_REASON_LENGTH = 1000;
const markLostSchema = z.object({ lost_reason: z.string().trim().max(MAX_REASON_LENGTH) });

/** Marks a deal lost, asking why (optional): the reason shows on the deal and feeds the reports. */
export function MarkLostDialog({ deal, onClose }: MarkLostDialogProps) {
  const markLost = useMarkDealLost();
  const form = useApiForm({
    schema: markLostSchema,
    defaultValues: { lost_reason: '' },
    open: deal !== null,
    submit: ({ lost_reason }) => {
      if (!deal) throw new Error('No deal to mark lost.');
      return markLost.mutateAsync({ id: deal.id, lostReason: lost_reason || null });
    },
    onSuccess: (lost) => {
      notifySuccess('Deal marked lost', `“${lost.title}” moved to the lost stage.`);
      onClose();
    },
  });

  return (
    <FormDialog
      form={form}
      open={deal !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      title={deal ? `Mark “${deal.title}” lost` : 'Mark deal lost'}
      submitLabel="Mark lost"
      submitColorPalette="red"
    >
      <TextareaField
        name="lost_reason"
        label="Why was it lost?"
        optional
        helperText="For example: price, timing, chose a competitor."
        autoFocus
        rows={3}
        maxLength={MAX_REASON_LENGTH}
        onKeyDown={(event) => {
          // Enter submits, as in every form; Shift+Enter starts a new line.
          if (event.key === 'Enter' && !event.shiftKey) {
            event.preventDefault();
            form.onSubmit();
          }
        }}
      />
    </FormDialog>
  );
}
