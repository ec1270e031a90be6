import { Controller, useFormContext } from 'react-hook-form';
import { DetailItem, DetailList, FormField } from '@/components/ui';
import { CustomerPicker } from './customer-picker';

interface CustomerFieldProps {
  /** The chosen customer's name when editing, before any search has run. */
  initialLabel?: string;
  /** A form opened for one customer shows that customer instead of asking. */
  lockedName?: string;
  /** After a customer is chosen, e.g. to clear fields that depended on the previous one. */
  onPicked?: (customerId: number | undefined) => void;
}

/** The required "Customer" field of a form whose values have `customer_id`. */
export function CustomerField({ initialLabel, lockedName, onPicked }: CustomerFieldProps) {
  const {
    control,
    formState: { errors },
  } = useFormContext<{ customer_id?: number }>();
  if (lockedName !== undefined) {
    return (
      <DetailList>
        <DetailItem label="Customer">{lockedName}</DetailItem>
      </DetailList>
    );
  }
  return (
    <FormField label="Customer" required errorText={errors.customer_id?.message}>
      <Controller
        control={control}
        name="customer_id"
        render={({ field }) => (
          <CustomerPicker
            value={field.value}
            initialLabel={initialLabel}
            onChange={(id) => {
              field.onChange(id);
              onPicked?.(id);
            }}
            onBlur={field.onBlur}
          />
        )}
      />
    </FormField>
  );
}
