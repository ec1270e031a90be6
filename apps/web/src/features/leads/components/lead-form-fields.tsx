import type { Lead } from '@crm/contracts';
import { SimpleGrid } from '@/components/ui';
import { TagsAndNotesFields, formFieldsFor } from '@/components/ui/form-fields';
import { AssigneeField } from '@/features/employees';
import type { LeadFormValues } from './lead-form';
import { EDITABLE_LEAD_STATUS_OPTIONS, LEAD_SOURCE_OPTIONS } from './lead-labels';
import { LeadScorePreview } from './lead-score-preview';

const { TextField, SelectField } = formFieldsFor<LeadFormValues>();

/** Converted leads keep their status: the field is left out (`showStatus`). */
export function LeadFormFields({ showStatus, lead }: { showStatus: boolean; lead?: Lead }) {
  return (
    <>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField
          name="first_name"
          label="First name"
          optional
          helperText="A first name, a last name or a company is enough."
          autoFocus
          autoComplete="off"
        />
        <TextField name="last_name" label="Last name" optional autoComplete="off" />
        <TextField name="company" label="Company" optional autoComplete="off" />
        <TextField name="job_title" label="Job title" optional autoComplete="off" />
        <TextField name="email" label="Email" optional type="email" autoComplete="off" />
        <TextField name="phone" label="Phone" optional type="tel" autoComplete="off" />
        <SelectField name="source" label="Source" options={LEAD_SOURCE_OPTIONS} />
        {showStatus && <SelectField name="status" label="Status" options={EDITABLE_LEAD_STATUS_OPTIONS} />}
        <TextField name="estimated_value" label="Estimated value" optional inputMode="decimal" placeholder="25000" />
      </SimpleGrid>
      <AssigneeField resource="leads" record={lead} />
      <LeadScorePreview />
      <TagsAndNotesFields heading={null} />
    </>
  );
}
