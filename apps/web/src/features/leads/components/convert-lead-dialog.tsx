import { Controller, useForm, useWatch } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import { CUSTOMER_TYPES, type ConvertLeadResponse, type Lead } from '@crm/contracts';
import { z } from 'zod';
import {
  AppDialog,
  Button,
  CheckboxField,
  FormField,
  HStack,
  Input,
  SelectNative,
  SimpleGrid,
  Stack,
  Text,
  notifyError,
  notifySuccess,
  useResetOnOpen,
} from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { CUSTOMER_TYPE_OPTIONS } from '@/features/customers/components/customer-labels';
import { useConvertLead } from '../api/convert-lead';
import { leadDisplayName } from './lead-labels';
import { moneyTextInput } from './money-text-input';

const FORM_ID = 'convert-lead-form';

const convertSchema = z.object({
  customer_type: z.enum(CUSTOMER_TYPES),
  create_deal: z.boolean(),
  deal_title: z.string().trim().max(200),
  deal_value: moneyTextInput,
});
type ConvertValues = z.input<typeof convertSchema>;
type ConvertOutput = z.output<typeof convertSchema>;

/** The server's own defaults (PRODUCT §5), shown so the user sees and can change them. */
function defaultsFor(lead: Lead): ConvertValues {
  return {
    customer_type: lead.company ? 'business' : 'individual',
    create_deal: true,
    deal_title: lead.company || lead.full_name,
    deal_value: lead.estimated_value ?? '',
  };
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
  const {
    register,
    control,
    handleSubmit,
    setError,
    reset,
    formState: { errors },
  } = useForm<ConvertValues, unknown, ConvertOutput>({
    resolver: zodResolver(convertSchema, formResolverOptions),
    defaultValues: defaultsFor(lead),
  });
  const createDeal = useWatch({ control, name: 'create_deal' });

  useResetOnOpen(open, defaultsFor(lead), reset);

  const submit = async (values: ConvertOutput) => {
    const body = values.create_deal
      ? {
          customer_type: values.customer_type,
          create_deal: true,
          deal_title: values.deal_title || null,
          deal_value: values.deal_value,
        }
      : { customer_type: values.customer_type, create_deal: false };
    try {
      const result = await convertLead.mutateAsync({ id: lead.id, body });
      onOpenChange(false);
      const dealPart = result.deal ? `, with the deal ${result.deal.title} (${result.deal.code})` : '';
      notifySuccess('Lead converted', `${result.customer.name} is now customer ${result.customer.code}${dealPart}.`);
      onConverted(result);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, setError, ['customer_type', 'deal_title', 'deal_value']);
      if (!apiError.hasFieldErrors || unplaced.length > 0) {
        notifyError('Could not convert the lead', unplaced.join(' ') || apiError.message);
      }
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={onOpenChange}
      size="md"
      title={`Convert ${name}`}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={() => onOpenChange(false)}>
            Cancel
          </Button>
          <Button type="submit" form={FORM_ID} colorPalette="brand" loading={convertLead.isPending}>
            Convert lead
          </Button>
        </HStack>
      }
    >
      <form id={FORM_ID} noValidate onSubmit={(event) => void handleSubmit(submit)(event)}>
        <Stack gap="4">
          <Text color="fg.muted">
            A customer is created from {name}’s contact details. The lead is then marked converted and can no longer be
            qualified or converted again.
          </Text>
          <FormField label="Customer type" errorText={errors.customer_type?.message}>
            <SelectNative options={CUSTOMER_TYPE_OPTIONS} {...register('customer_type')} />
          </FormField>
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
              <FormField label="Deal title" errorText={errors.deal_title?.message}>
                <Input {...register('deal_title')} />
              </FormField>
              <FormField label="Deal value" optionalText=" (optional)" errorText={errors.deal_value?.message}>
                <Input inputMode="decimal" {...register('deal_value')} />
              </FormField>
            </SimpleGrid>
          )}
        </Stack>
      </form>
    </AppDialog>
  );
}
