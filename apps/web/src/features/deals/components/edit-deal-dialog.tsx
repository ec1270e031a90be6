import type { Deal } from '@crm/contracts';
import { notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { useApiForm } from '@/lib/use-api-form';
import { useUpdateDeal } from '../api/update-deal';
import { dealFormSchema, dealToForm, toUpdateDealBody } from '../lib/deal-form-schema';
import { DealFormFields } from './deal-form-fields';

interface EditDealDialogProps {
  deal: Deal;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

/** Mounted when opened, so the form always starts from the deal as it is now. */
export function EditDealDialog({ deal, open, onOpenChange }: EditDealDialogProps) {
  const updateDeal = useUpdateDeal();
  const form = useApiForm({
    schema: dealFormSchema,
    defaultValues: dealToForm(deal),
    submit: (values) => updateDeal.mutateAsync({ id: deal.id, body: toUpdateDealBody(values, deal.assigned_to) }),
    onSuccess: (updated) => {
      onOpenChange(false);
      notifySuccess('Deal updated', `${updated.code} “${updated.title}” was saved.`);
    },
  });

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={`Edit ${deal.code}`}
      size="md"
      submitLabel="Save changes"
      pendingLabel="Saving…"
    >
      <DealFormFields showProbability initialCustomerName={deal.customer_name} deal={deal} />
    </FormDialog>
  );
}
