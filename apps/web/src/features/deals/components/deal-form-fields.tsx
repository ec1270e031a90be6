import type { Deal, Stage } from '@crm/contracts';
import { SimpleGrid } from '@/components/ui';
import { formFieldsFor } from '@/components/ui/form-fields';
import { AssigneeField } from '@/features/employees';
import { useOrganizationCurrency } from '@/features/organizations';
import { CustomerField } from '@/features/customer-picker';
import type { DealFormValues } from '../lib/deal-form-schema';

const { TextField, SelectField, TextareaField } = formFieldsFor<DealFormValues>();

interface DealFormFieldsProps {
  /** Creating: the stage to start in. Editing: none (stages change through actions). */
  stages?: readonly Stage[];
  /** Editing: a probability that overrides the stage's. */
  showProbability?: boolean;
  initialCustomerName?: string;
  /** Editing: the deal, for its assignee and whether the caller may change it. */
  deal?: Deal;
}

/** The fields both deal dialogs share; labels above, required marks, errors under each field. */
export function DealFormFields({ stages, showProbability = false, initialCustomerName, deal }: DealFormFieldsProps) {
  const currency = useOrganizationCurrency();
  return (
    <>
      <TextField name="title" label="Title" required autoFocus placeholder="Website redesign" />
      <CustomerField initialLabel={initialCustomerName} />
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField
          name="value"
          label="Value"
          optional
          startElement={currency}
          inputMode="decimal"
          placeholder="0.00"
          textAlign="end"
        />
        <TextField name="expected_close_date" label="Expected close" optional type="date" />
      </SimpleGrid>
      {stages && (
        <SelectField
          name="stage_id"
          label="Stage"
          options={stages.map((stage) => ({
            value: String(stage.id),
            label: `${stage.name} (${String(stage.probability)}%)`,
          }))}
        />
      )}
      {showProbability && (
        <TextField
          name="probability"
          label="Probability (%)"
          optional
          helperText="Leave blank to follow the stage's probability."
          inputMode="numeric"
          placeholder="Follows the stage"
        />
      )}
      <AssigneeField resource="deals" record={deal} label="Owner" />
      <TextareaField name="description" label="Description" optional rows={3} />
    </>
  );
}
