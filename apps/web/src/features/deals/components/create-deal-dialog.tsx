import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { useNavigate } from 'react-router';
import type { Pipeline } from '@crm/contracts';
import { AppDialog, Button, FormAlert, HStack, Stack, toaster } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateDeal } from '../api/create-deal';
import {
  DEAL_FORM_FIELDS,
  dealFormSchema,
  emptyDealForm,
  toCreateDealBody,
  type DealFormValues,
} from '../lib/deal-form-schema';
import { useMoneyFormat } from '../lib/use-money-format';
import { DealFormFields } from './deal-form-fields';

interface CreateDealDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  pipeline: Pipeline;
}

const FORM_ID = 'create-deal-form';

/** "New deal" in the selected pipeline, starting in its first open stage unless another is chosen. */
export function CreateDealDialog({ open, onOpenChange, pipeline }: CreateDealDialogProps) {
  const navigate = useNavigate();
  const createDeal = useCreateDeal();
  const { currency } = useMoneyFormat();
  const [formError, setFormError] = useState<string | null>(null);
  const firstOpenStage = pipeline.stages.find((stage) => stage.kind === 'open');
  const form = useForm<DealFormValues>({
    resolver: zodResolver(dealFormSchema, formResolverOptions),
    defaultValues: emptyDealForm(firstOpenStage?.id),
  });

  const close = () => {
    form.reset(emptyDealForm(firstOpenStage?.id));
    setFormError(null);
    onOpenChange(false);
  };

  const submit = async (values: DealFormValues) => {
    setFormError(null);
    try {
      const deal = await createDeal.mutateAsync(toCreateDealBody(values, pipeline.id));
      close();
      // The user stays on the board or table they were working in; the toast leads to the new deal.
      toaster.create({
        type: 'success',
        title: 'Deal created',
        description: `${deal.code} “${deal.title}” is in ${deal.stage_name}.`,
        closable: true,
        action: { label: 'Open', onClick: () => void navigate(`/deals/${String(deal.id)}`) },
      });
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, form.setError, DEAL_FORM_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={(isOpen) => {
        if (isOpen) onOpenChange(true);
        else close();
      }}
      title={`New deal in ${pipeline.name}`}
      size="md"
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={FORM_ID}
            colorPalette="brand"
            loading={createDeal.isPending}
            loadingText="Creating…"
          >
            Create deal
          </Button>
        </HStack>
      }
    >
      <FormProvider {...form}>
        <form id={FORM_ID} noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
          <Stack gap="4">
            {formError && <FormAlert message={formError} />}
            <DealFormFields stages={pipeline.stages} currency={currency} />
          </Stack>
        </form>
      </FormProvider>
    </AppDialog>
  );
}
