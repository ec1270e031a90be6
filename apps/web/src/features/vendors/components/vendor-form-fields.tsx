import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { FormField, Heading, Input, SelectNative, SimpleGrid, Stack, Textarea } from '@/components/ui';
import type { VendorFormValues } from '../lib/vendor-form';
import { VENDOR_RATING_OPTIONS, VENDOR_STATUS_OPTIONS, VENDOR_TYPE_OPTIONS } from '../lib/vendor-labels';

interface VendorFormFieldsProps {
  register: UseFormRegister<VendorFormValues>;
  errors: FieldErrors<VendorFormValues>;
}

const OPTIONAL = ' (optional)';

function SectionHeading({ children }: { children: string }) {
  return (
    <Heading as="h3" size="sm" color="fg.muted" pt="2">
      {children}
    </Heading>
  );
}

export function VendorFormFields({ register, errors }: VendorFormFieldsProps) {
  return (
    <Stack gap="4">
      <FormField label="Name" required errorText={errors.name?.message} helperText="How the vendor shows in lists.">
        <Input autoFocus placeholder="Acme Supplies" {...register('name')} />
      </FormField>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <FormField label="Company" optionalText={OPTIONAL} errorText={errors.company_name?.message}>
          <Input autoComplete="off" {...register('company_name')} />
        </FormField>
        <FormField label="Type" errorText={errors.vendor_type?.message}>
          <SelectNative options={VENDOR_TYPE_OPTIONS} {...register('vendor_type')} />
        </FormField>
        <FormField label="Email" optionalText={OPTIONAL} errorText={errors.email?.message}>
          <Input type="email" autoComplete="off" {...register('email')} />
        </FormField>
        <FormField label="Phone" optionalText={OPTIONAL} errorText={errors.phone?.message}>
          <Input type="tel" autoComplete="off" {...register('phone')} />
        </FormField>
        <FormField label="Status" errorText={errors.status?.message}>
          <SelectNative options={VENDOR_STATUS_OPTIONS} {...register('status')} />
        </FormField>
        <FormField label="Rating" optionalText={OPTIONAL} errorText={errors.rating?.message}>
          <SelectNative options={VENDOR_RATING_OPTIONS} {...register('rating')} />
        </FormField>
      </SimpleGrid>
      <FormField label="Website" optionalText={OPTIONAL} errorText={errors.website?.message}>
        <Input type="url" placeholder="https://example.com" {...register('website')} />
      </FormField>
      <FormField label="Payment terms" optionalText={OPTIONAL} errorText={errors.payment_terms?.message}>
        <Input placeholder="Net 30" {...register('payment_terms')} />
      </FormField>

      <SectionHeading>Address</SectionHeading>
      <FormField label="Street address" optionalText={OPTIONAL} errorText={errors.address?.message}>
        <Input autoComplete="off" {...register('address')} />
      </FormField>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <FormField label="City" optionalText={OPTIONAL} errorText={errors.city?.message}>
          <Input autoComplete="off" {...register('city')} />
        </FormField>
        <FormField label="State or region" optionalText={OPTIONAL} errorText={errors.state?.message}>
          <Input autoComplete="off" {...register('state')} />
        </FormField>
        <FormField label="Postal code" optionalText={OPTIONAL} errorText={errors.postal_code?.message}>
          <Input autoComplete="off" {...register('postal_code')} />
        </FormField>
        <FormField label="Country" optionalText={OPTIONAL} errorText={errors.country?.message}>
          <Input autoComplete="off" {...register('country')} />
        </FormField>
      </SimpleGrid>

      <SectionHeading>More</SectionHeading>
      <FormField
        label="Tags"
        optionalText={OPTIONAL}
        helperText="Separate tags with commas."
        errorText={errors.tags?.message}
      >
        <Input placeholder="packaging, priority" {...register('tags')} />
      </FormField>
      <FormField label="Notes" optionalText={OPTIONAL} errorText={errors.notes?.message}>
        <Textarea rows={3} autoresize {...register('notes')} />
      </FormField>
    </Stack>
  );
}
