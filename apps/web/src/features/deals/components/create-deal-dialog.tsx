import { useNavigate } from 'react-router';
import type { Pipeline } from '@crm/contracts';
import { toaster } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { useApiForm } from '@/lib/use-api-form';
import { useCreateDeal } from '../api/create-deal';
import { dealFormSchema, emptyDealForm, toCreateDealBody } from '../lib/deal-form-schema';
import { DealFormFields } from './deal-form-fields';

interface CreateDealDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pipeline: Pipeline;
}

/** "New deal" in the selected pipeline, starting in its first open stage unless another is chosen. */
export function CreateDealDialog({ open, onOpenChange, pipeline }: CreateDealDialogProps) {
  const navigate = useNavigate();
  const createDeal = useCreateDeal();
  const firstOpenStage = pipeline.stages.find((stage) => stage.kind === 'open');
  const form = useApiForm({
    schema: dealFormSchema,
    defaultValues: emptyDealForm(firstOpenStage?.id),
    open,
    submit: (values) => createDeal.mutateAsync(toCreateDealBody(values, pipeline.id)),
    onSuccess: (deal) => {
      onOpenChange(false);
      // The user stays on the board or table they were working in; the toast leads to the new deal.
      toaster.create({
        type: 'success',
        title: 'Deal created',
        description: `${deal.code} “${deal.title}” is in ${deal.stage_name}.`,
        closable: true,
        action: { label: 'Open', onClick: () => void navigate(`/deals/${String(deal.id)}`) },
      });
    },
  });

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      title={`New deal in ${pipeline.name}`}
      size="md"
      submitLabel="Create deal"
      pendingLabel="Creating…"
    >
      <DealFormFields stages={pipeline.stages} />
    </FormDialog>
  );
}
