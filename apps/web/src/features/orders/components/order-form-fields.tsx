import { Controller, useFormContext } from 'react-hook-form';
import { FormField, SimpleGrid } from '@/components/ui';
import { formFieldsFor } from '@/components/ui/form-fields';
import { CustomerField } from '@/features/customer-picker';
import type { OrderFormValues } from '../lib/order-form';
import { VendorSelect } from './vendor-select';

const { TextField, TextareaField } = formFieldsFor<OrderFormValues>();

interface OrderDetailsFieldsProps {
  /** The customer's name when the form starts with one (editing, or a customer's "New order"). */
  customerName?: string;
  /** Past pending the customer is fixed, like the amounts. */
  isCustomerLocked: boolean;
  vendor?: { id: number; name: string } | null;
}

/** Customer, title, vendor, dates and notes of an order. */
export function OrderDetailsFields({ customerName, isCustomerLocked, vendor }: OrderDetailsFieldsProps) {
  const {
    control,
    formState: { errors },
  } = useFormContext<OrderFormValues>();
  return (
    <>
      <CustomerField initialLabel={customerName} lockedName={isCustomerLocked ? customerName : undefined} />
      <SimpleGrid columns={{ base: 1, md: 2 }} gap="4">
        <TextField name="title" label="Title" optional placeholder="Spring restock" autoComplete="off" />
        <FormField label="Vendor" optionalText=" (optional)" errorText={errors.vendor_id?.message}>
          <Controller
            control={control}
            name="vendor_id"
            render={({ field }) => (
              <VendorSelect
                current={vendor}
                value={field.value}
                onChange={(event) => field.onChange(event.currentTarget.value)}
                onBlur={field.onBlur}
                name={field.name}
              />
            )}
          />
        </FormField>
        <TextField
          name="order_date"
          label="Order date"
          optional
          type="date"
          helperText="Blank: today, in the organization's time zone."
        />
        <TextField name="expected_delivery" label="Expected delivery" optional type="date" />
      </SimpleGrid>
    </>
  );
}

export function OrderNotesField() {
  return <TextareaField name="notes" label="Notes" optional rows={3} helperText="Only your team sees these." />;
}
