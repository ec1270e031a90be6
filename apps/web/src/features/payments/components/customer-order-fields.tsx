import { Controller, useFormContext, useWatch } from 'react-hook-form';
import { FormField } from '@/components/ui';
import { CustomerField } from '@/features/customer-picker';
import { OrderSelect } from './order-select';

/** The two fields a form needs to use these: the customer, and an order of theirs ('' for none). */
interface CustomerOrderValues {
  customer_id?: number;
  order_id: string;
}

interface CustomerOrderFieldsProps {
  /** Opened from a customer's page: that customer, shown rather than asked. */
  customer?: { name: string };
  currency: string | undefined;
  /** Shows each order's balance due in the order list (recording a payment). */
  showBalance?: boolean;
}

/**
 * A customer picker, and an optional order of that customer which resets when the customer
 * changes; shared by the payment and issue forms.
 */
export function CustomerOrderFields({ customer, currency, showBalance = false }: CustomerOrderFieldsProps) {
  const {
    control,
    setValue,
    formState: { errors },
  } = useFormContext<CustomerOrderValues>();
  const customerId = useWatch({ control, name: 'customer_id' });
  return (
    <>
      <CustomerField lockedName={customer?.name} onPicked={() => setValue('order_id', '')} />
      <FormField label="Order" optionalText=" (optional)" errorText={errors.order_id?.message}>
        <Controller
          control={control}
          name="order_id"
          render={({ field }) => (
            <OrderSelect
              customerId={customerId}
              currency={currency}
              showBalance={showBalance}
              value={field.value}
              onChange={(event) => field.onChange(event.currentTarget.value)}
              onBlur={field.onBlur}
              name={field.name}
            />
          )}
        />
      </FormField>
    </>
  );
}
