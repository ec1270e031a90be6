import { useState } from 'react';
import type { Deal } from '@crm/contracts';
import { AppDialog, Button, FormAlert, FormField, HStack, Stack, Textarea, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useMarkDealLost } from '../api/mark-deal-lost';

interface MarkLostDialogProps {
  deal: Deal | null;
  onClose: () => void;
}

const FORM_ID = 'mark-lost-form';
const MAX_REASON_LENGTH = 1000;

/** Marks a deal lost, asking why (optional): the reason shows on the deal and feeds the reports. */
export function MarkLostDialog({ deal, onClose }: MarkLostDialogProps) {
  const markLost = useMarkDealLost();
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    setReason('');
    setError(null);
    markLost.reset();
    onClose();
  };

  const submit = async () => {
    if (!deal) return;
    setError(null);
    try {
      await markLost.mutateAsync({ id: deal.id, lostReason: reason.trim() || null });
      notifySuccess('Deal marked lost', `“${deal.title}” moved to the lost stage.`);
      close();
    } catch (failure) {
      const apiError = toApiError(failure);
      setError(apiError.fieldErrors.lost_reason?.join(' ') ?? apiError.message);
    }
  };

  return (
    <AppDialog
      open={deal !== null}
      onOpenChange={(open) => {
        if (!open) close();
      }}
      title={deal ? `Mark “${deal.title}” lost` : 'Mark deal lost'}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} colorPalette="red" loading={markLost.isPending}>
            Mark lost
          </Button>
        </HStack>
      }
    >
      <form
        id={FORM_ID}
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="4">
          {error && <FormAlert message={error} />}
          <FormField
            label="Why was it lost?"
            optionalText=" (optional)"
            helperText="For example: price, timing, chose a competitor."
          >
            <Textarea
              autoFocus
              rows={3}
              maxLength={MAX_REASON_LENGTH}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              onKeyDown={(event) => {
                // Enter submits, as in every form; Shift+Enter starts a new line.
                if (event.key === 'Enter' && !event.shiftKey) {
                  event.preventDefault();
                  void submit();
                }
              }}
            />
          </FormField>
        </Stack>
      </form>
    </AppDialog>
  );
}
