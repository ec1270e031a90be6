import type { Customer } from '@crm/contracts';
import { SimpleGrid } from '@/components/ui';
import { AddressFields, TagsAndNotesFields, formFieldsFor } from '@/components/ui/form-fields';
import { AssigneeField } from '@/features/employees';
import type { CustomerFormValues } from './customer-form';
import { CUSTOMER_STATUS_OPTIONS, CUSTOMER_TYPE_OPTIONS } from './customer-labels';

const { TextField, SelectField } = formFieldsFor<CustomerFormValues>();

/** The inputs of the create and edit dialogs, grouped as contact, classification and address. */
export function CustomerFormFields({ customer }: { customer?: Customer }) {
  return (
    <>
      <TextField
        name="name"
        label="Name"
        required
        helperText="How the customer shows in lists."
        autoFocus
        placeholder="Globex Corporation"
      />
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField name="first_name" label="First name" optional autoComplete="off" />
        <TextField name="last_name" label="Last name" optional autoComplete="off" />
        <TextField name="email" label="Email" optional type="email" autoComplete="off" />
        <TextField name="phone" label="Phone" optional type="tel" autoComplete="off" />
        <TextField name="company_name" label="Company" optional autoComplete="off" />
        <SelectField name="customer_type" label="Type" options={CUSTOMER_TYPE_OPTIONS} />
        <SelectField name="status" label="Status" options={CUSTOMER_STATUS_OPTIONS} />
        <TextField name="industry" label="Industry" optional />
      </SimpleGrid>
      <AssigneeField resource="customers" record={customer} />
      <TextField name="website" label="Website" optional type="url" placeholder="https://example.com" />
      <AddressFields />
      <TagsAndNotesFields tagsPlaceholder="wholesale, priority" />
    </>
  );
}
