import { useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Lead } from '@crm/contracts';
import { AppDialog, Button, HStack, notifyError, notifySuccess, useResetOnOpen } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateLead } from '../api/create-lead';
import { useUpdateLead } from '../api/update-lead';
import {
  EMPTY_LEAD_FORM,
  LEAD_FORM_FIELDS,
  leadFormSchema,
  leadToFormValues,
  type LeadFormOutput,
  type LeadFormValues,
} from './lead-form';
import { LeadFormFields } from './lead-form-fields';
import { leadDisplayName } from './lead-labels';

const FORM_ID = 'lead-form';

interface LeadFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The lead to edit; without one the dialog creates a lead. */
  lead?: Lead;
}

export function LeadFormDialog({ open, onOpenChange, lead }: LeadFormDialogProps) {
  const isEdit = lead !== undefined;
  const createLead = useCreateLead();
  const updateLead = useUpdateLead();
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<LeadFormValues, unknown, LeadFormOutput>({
    resolver: zodResolver(leadFormSchema, formResolverOptions),
    defaultValues: lead ? leadToFormValues(lead) : EMPTY_LEAD_FORM,
  });

  useResetOnOpen(open, lead ? leadToFormValues(lead) : EMPTY_LEAD_FORM, reset);

  const submit = async (values: LeadFormOutput) => {
    try {
      const saved = isEdit
        ? await updateLead.mutateAsync({ id: lead.id, body: values })
        : await createLead.mutateAsync(values);
      onOpenChange(false);
      notifySuccess(
        isEdit ? 'Lead updated' : 'Lead created',
        `${leadDisplayName(saved)} (${saved.code}), score ${String(saved.score)}`,
      );
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, LEAD_FORM_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        notifyError(
          isEdit ? 'Could not save the lead' : 'Could not create the lead',
          unplaced.join(' ') || apiError.message,
        );
      }
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      size="lg"
      title={isEdit ? `Edit ${leadDisplayName(lead)}` : 'New lead'}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={FORM_ID}
            colorPalette="brand"
            loading={createLead.isPending || updateLead.isPending}
          >
            {isEdit ? 'Save changes' : 'Create lead'}
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <LeadFormFields
          register={register}
          control={control}
          errors={errors}
          showStatus={lead?.status !== 'converted'}
        />
      </form>
    </AppDialog>
  );
}
