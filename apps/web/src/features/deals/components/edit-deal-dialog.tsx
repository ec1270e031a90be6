import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Deal } from '@crm/contracts';
import { AppDialog, Button, FormAlert, HStack, Stack, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useUpdateDeal } from '../api/update-deal';
import {
  DEAL_FORM_FIELDS,
  dealFormSchema,
  dealToForm,
  toUpdateDealBody,
  type DealFormValues,
} from '../lib/deal-form-schema';
import { useMoneyFormat } from '../lib/use-money-format';
import { DealFormFields } from './deal-form-fields';

interface EditDealDialogProps {
  deal: Deal;
  open: boolean;
  onOpenChange: (open: boolean) => void;
}

const FORM_ID = 'edit-deal-form';

/** Mounted when opened, so the form always starts from the deal as it is now. */
export function EditDealDialog({ deal, open, onOpenChange }: EditDealDialogProps) {
  const updateDeal = useUpdateDeal();
  const { currency } = useMoneyFormat();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<DealFormValues>({
    resolver: zodResolver(dealFormSchema, formResolverOptions),
    defaultValues: dealToForm(deal),
  });

  const close = () => {
    setFormError(null);
    onOpenChange(false);
  };

  const submit = async (values: DealFormValues) => {
    setFormError(null);
    try {
      const updated = await updateDeal.mutateAsync({ id: deal.id, body: toUpdateDealBody(values) });
      close();
      notifySuccess('Deal updated', `${updated.code} “${updated.title}” was saved.`);
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
      title={`Edit ${deal.code}`}
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
            loading={updateDeal.isPending}
            loadingText="Saving…"
          >
            Save changes
          </Button>
        </HStack>
      }
    >
      <FormProvider {...form}>
        <form id={FORM_ID} noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
          <Stack gap="4">
            {formError && <FormAlert message={formError} />}
            <DealFormFields showProbability currency={currency} initialCustomerName={deal.customer_name} />
          </Stack>
        </form>
      </FormProvider>
    </AppDialog>
  );
}
