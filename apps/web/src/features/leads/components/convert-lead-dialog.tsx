import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { CUSTOMER_TYPES, type ConvertLeadResponse, type Lead } from '@crm/contracts';
import { z } from 'zod';
import { CheckboxField, SimpleGrid, Text, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/api-form';
import { formFieldsFor } from '@/components/ui/form-fields';
import { moneyTextInput } from '@/lib/form-inputs';
import { useApiForm } from '@/lib/use-api-form';
import { CUSTOMER_TYPE_OPTIONS } from '@/features/customers';
import { useConvertLead } from '../api/convert-lead';
import { leadDisplayName } from './lead-labels';

const convertSchema = z.object({
  customer_type: z.enum(CUSTOMER_TYPES),
  create_deal: z.boolean(),
  deal_title: z.string().trim().max(200),
  deal_value: moneyTextInput,
});
type ConvertValues = z.input<typeof convertSchema>;

const { TextField, SelectField } = formFieldsFor<ConvertValues>();

/** The server's own defaults (PRODUCT §5), shown so the user sees and can change them. */
function defaultsFor(lead: Lead): ConvertValues {
  return {
    customer_type: lead.company ? 'business' : 'individual',
    create_deal: true,
    deal_title: lead.company || lead.full_name,
    deal_value: lead.estimated_value ?? '',
  };
}

function DealFields() {
  const { control } = useFormContext<ConvertValues>();
  const createDeal = useWatch({ control, name: 'create_deal' });
  return (
    <>
      <Controller
        control={control}
        name="create_deal"
        render={({ field }) => (
          <CheckboxField checked={field.value} onCheckedChange={field.onChange} name={field.name}>
            Also create a deal
          </CheckboxField>
        )}
      />
      {createDeal && (
        <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
          <TextField name="deal_title" label="Deal title" />
          <TextField name="deal_value" label="Deal value" optional inputMode="decimal" />
        </SimpleGrid>
      )}
    </>
  );
}

interface ConvertLeadDialogProps {
  lead: Lead;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onConverted: (result: ConvertLeadResponse) => void;
}

/** Turns the lead into a customer, optionally with a deal in the default pipeline's first stage. */
export function ConvertLeadDialog({ lead, open, onOpenChange, onConverted }: ConvertLeadDialogProps) {
  const convertLead = useConvertLead();
  const name = leadDisplayName(lead);
  const form = useApiForm({
    schema: convertSchema,
    defaultValues: defaultsFor(lead),
    open,
    fields: ['customer_type', 'deal_title', 'deal_value'],
    submit: (values) =>
      convertLead.mutateAsync({
        id: lead.id,
        body: values.create_deal
          ? {
              customer_type: values.customer_type,
              create_deal: true,
              deal_title: values.deal_title || null,
              deal_value: values.deal_value,
            }
          : { customer_type: values.customer_type, create_deal: false },
      }),
    onSuccess: (result) => {
      onOpenChange(false);
      const dealPart = result.deal ? `, with the deal ${result.deal.title} (${result.deal.code})` : '';
      notifySuccess('Lead converted', `${result.customer.name} is now customer ${result.customer.code}${dealPart}.`);
      onConverted(result);
    },
  });

  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      size="md"
      title={`Convert ${name}`}
      submitLabel="Convert lead"
    >
      <Text color="fg.muted">
        A customer is created from {name}’s contact details. The lead is then marked converted and can no longer be
        qualified or converted again.
      </Text>
      <SelectField name="customer_type" label="Customer type" options={CUSTOMER_TYPE_OPTIONS} />
      <DealFields />
    </FormDialog>
  );
}
