import { Controller, useFormContext } from 'react-hook-form';
import type { Stage } from '@crm/contracts';
import { FormField, Input, InputGroup, SelectNative, SimpleGrid, Stack, Textarea } from '@/components/ui';
import type { DealFormValues } from '../lib/deal-form-schema';
import { CustomerPicker } from './customer-picker';

interface DealFormFieldsProps {
  /** Creating: the stage to start in. Editing: none (stages change through actions). */
  stages?: readonly Stage[];
  /** Editing: a probability that overrides the stage's. */
  showProbability?: boolean;
  currency: string | undefined;
  initialCustomerName?: string;
}

/** The fields both deal dialogs share; labels above, required marks, errors under each field. */
export function DealFormFields({
  stages,
  showProbability = false,
  currency,
  initialCustomerName,
}: DealFormFieldsProps) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<DealFormValues>();

  return (
    <Stack gap="4">
      <FormField label="Title" required errorText={errors.title?.message}>
        <Input autoFocus placeholder="Website redesign" {...register('title')} />
      </FormField>
      <FormField label="Customer" required errorText={errors.customer_id?.message}>
        <Controller
          control={control}
          name="customer_id"
          render={({ field }) => (
            <CustomerPicker
              value={field.value}
              initialLabel={initialCustomerName}
              onChange={(id) => field.onChange(id)}
              onBlur={field.onBlur}
            />
          )}
        />
      </FormField>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <FormField label="Value" optionalText=" (optional)" errorText={errors.value?.message}>
          <InputGroup startElement={currency} startElementProps={{ color: 'fg.muted', fontSize: 'sm' }}>
            <Input inputMode="decimal" placeholder="0.00" textAlign="end" {...register('value')} />
          </InputGroup>
        </FormField>
        <FormField label="Expected close" optionalText=" (optional)" errorText={errors.expected_close_date?.message}>
          <Input type="date" {...register('expected_close_date')} />
        </FormField>
      </SimpleGrid>
      {stages && (
        <FormField label="Stage" errorText={errors.stage_id?.message}>
          <SelectNative
            options={stages.map((stage) => ({
              value: String(stage.id),
              label: `${stage.name} (${String(stage.probability)}%)`,
            }))}
            {...register('stage_id')}
          />
        </FormField>
      )}
      {showProbability && (
        <FormField
          label="Probability (%)"
          optionalText=" (optional)"
          helperText="Leave blank to follow the stage's probability."
          errorText={errors.probability?.message}
        >
          <Input inputMode="numeric" placeholder="Follows the stage" {...register('probability')} />
        </FormField>
      )}
      <FormField label="Description" optionalText=" (optional)" errorText={errors.description?.message}>
        <Textarea rows={3} {...register('description')} />
      </FormField>
    </Stack>
  );
}
