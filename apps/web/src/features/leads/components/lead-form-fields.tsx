import type { Control, FieldErrors, UseFormRegister } from 'react-hook-form';
import { FormField, Input, SelectNative, SimpleGrid, Stack, Textarea } from '@/components/ui';
import type { LeadFormOutput, LeadFormValues } from './lead-form';
import { EDITABLE_LEAD_STATUS_OPTIONS, LEAD_SOURCE_OPTIONS } from './lead-labels';
import { LeadScorePreview } from './lead-score-preview';

interface LeadFormFieldsProps {
  register: UseFormRegister<LeadFormValues>;
  control: Control<LeadFormValues, unknown, LeadFormOutput>;
  errors: FieldErrors<LeadFormValues>;
  /** Converted leads keep their status: the field is left out. */
  showStatus: boolean;
}

const OPTIONAL = ' (optional)';

export function LeadFormFields({ register, control, errors, showStatus }: LeadFormFieldsProps) {
  return (
    <Stack gap="4">
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <FormField
          label="First name"
          optionalText={OPTIONAL}
          errorText={errors.first_name?.message}
          helperText="A first name, a last name or a company is enough."
        >
          <Input autoFocus autoComplete="off" {...register('first_name')} />
        </FormField>
        <FormField label="Last name" optionalText={OPTIONAL} errorText={errors.last_name?.message}>
          <Input autoComplete="off" {...register('last_name')} />
        </FormField>
        <FormField label="Company" optionalText={OPTIONAL} errorText={errors.company?.message}>
          <Input autoComplete="off" {...register('company')} />
        </FormField>
        <FormField label="Job title" optionalText={OPTIONAL} errorText={errors.job_title?.message}>
          <Input autoComplete="off" {...register('job_title')} />
        </FormField>
        <FormField label="Email" optionalText={OPTIONAL} errorText={errors.email?.message}>
          <Input type="email" autoComplete="off" {...register('email')} />
        </FormField>
        <FormField label="Phone" optionalText={OPTIONAL} errorText={errors.phone?.message}>
          <Input type="tel" autoComplete="off" {...register('phone')} />
        </FormField>
        <FormField label="Source" errorText={errors.source?.message}>
          <SelectNative options={LEAD_SOURCE_OPTIONS} {...register('source')} />
        </FormField>
        {showStatus && (
          <FormField label="Status" errorText={errors.status?.message}>
            <SelectNative options={EDITABLE_LEAD_STATUS_OPTIONS} {...register('status')} />
          </FormField>
        )}
        <FormField label="Estimated value" optionalText={OPTIONAL} errorText={errors.estimated_value?.message}>
          <Input inputMode="decimal" placeholder="25000" {...register('estimated_value')} />
        </FormField>
      </SimpleGrid>
      <LeadScorePreview control={control} />
      <FormField
        label="Tags"
        optionalText={OPTIONAL}
        helperText="Separate tags with commas."
        errorText={errors.tags?.message}
      >
        <Input {...register('tags')} />
      </FormField>
      <FormField label="Notes" optionalText={OPTIONAL} errorText={errors.notes?.message}>
        <Textarea rows={3} autoresize {...register('notes')} />
      </FormField>
    </Stack>
  );
}
