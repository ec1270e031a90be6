import type { FieldErrors, UseFormRegister } from 'react-hook-form';
import { FormField, Heading, Input, SelectNative, SimpleGrid, Stack, Textarea } from '@/components/ui';
import type { CustomerFormValues } from './customer-form';
import { CUSTOMER_STATUS_OPTIONS, CUSTOMER_TYPE_OPTIONS } from './customer-labels';

interface CustomerFormFieldsProps {
  register: UseFormRegister<CustomerFormValues>;
  errors: FieldErrors<CustomerFormValues>;
}

const OPTIONAL = ' (optional)';

function SectionHeading({ children }: { children: string }) {
  return (
    <Heading as="h3" size="sm" color="fg.muted" pt="2">
      {children}
    </Heading>
  );
}

/** The inputs of the create and edit dialogs, grouped as contact, classification and address. */
export function CustomerFormFields({ register, errors }: CustomerFormFieldsProps) {
  return (
    <Stack gap="4">
      <FormField label="Name" required errorText={errors.name?.message} helperText="How the customer shows in lists.">
        <Input autoFocus placeholder="Globex Corporation" {...register('name')} />
      </FormField>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <FormField label="First name" optionalText={OPTIONAL} errorText={errors.first_name?.message}>
          <Input autoComplete="off" {...register('first_name')} />
        </FormField>
        <FormField label="Last name" optionalText={OPTIONAL} errorText={errors.last_name?.message}>
          <Input autoComplete="off" {...register('last_name')} />
        </FormField>
        <FormField label="Email" optionalText={OPTIONAL} errorText={errors.email?.message}>
          <Input type="email" autoComplete="off" {...register('email')} />
        </FormField>
        <FormField label="Phone" optionalText={OPTIONAL} errorText={errors.phone?.message}>
          <Input type="tel" autoComplete="off" {...register('phone')} />
        </FormField>
        <FormField label="Company" optionalText={OPTIONAL} errorText={errors.company_name?.message}>
          <Input autoComplete="off" {...register('company_name')} />
        </FormField>
        <FormField label="Type" errorText={errors.customer_type?.message}>
          <SelectNative options={CUSTOMER_TYPE_OPTIONS} {...register('customer_type')} />
        </FormField>
        <FormField label="Status" errorText={errors.status?.message}>
          <SelectNative options={CUSTOMER_STATUS_OPTIONS} {...register('status')} />
        </FormField>
        <FormField label="Industry" optionalText={OPTIONAL} errorText={errors.industry?.message}>
          <Input {...register('industry')} />
        </FormField>
      </SimpleGrid>
      <FormField label="Website" optionalText={OPTIONAL} errorText={errors.website?.message}>
        <Input type="url" placeholder="https://example.com" {...register('website')} />
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
        <Input placeholder="wholesale, priority" {...register('tags')} />
      </FormField>
      <FormField label="Notes" optionalText={OPTIONAL} errorText={errors.notes?.message}>
        <Textarea rows={3} autoresize {...register('notes')} />
      </FormField>
    </Stack>
  );
}
