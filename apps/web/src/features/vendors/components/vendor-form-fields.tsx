import { SimpleGrid } from '@/components/ui';
import { AddressFields, TagsAndNotesFields, formFieldsFor } from '@/components/ui/form-fields';
import type { VendorFormValues } from '../lib/vendor-form';
import { VENDOR_RATING_OPTIONS, VENDOR_STATUS_OPTIONS, VENDOR_TYPE_OPTIONS } from '../lib/vendor-labels';

const { TextField, SelectField } = formFieldsFor<VendorFormValues>();

export function VendorFormFields() {
  return (
    <>
      <TextField
        name="name"
        label="Name"
        required
        helperText="How the vendor shows in lists."
        autoFocus
        placeholder="Acme Supplies"
      />
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField name="company_name" label="Company" optional autoComplete="off" />
        <SelectField name="vendor_type" label="Type" options={VENDOR_TYPE_OPTIONS} />
        <TextField name="email" label="Email" optional type="email" autoComplete="off" />
        <TextField name="phone" label="Phone" optional type="tel" autoComplete="off" />
        <SelectField name="status" label="Status" options={VENDOR_STATUS_OPTIONS} />
        <SelectField name="rating" label="Rating" optional options={VENDOR_RATING_OPTIONS} />
      </SimpleGrid>
      <TextField name="website" label="Website" optional type="url" placeholder="https://example.com" />
      <TextField name="payment_terms" label="Payment terms" optional placeholder="Net 30" />
      <AddressFields />
      <TagsAndNotesFields tagsPlaceholder="packaging, priority" />
    </>
  );
}
