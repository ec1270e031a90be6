import { Controller, useFormContext } from 'react-hook-form';
import { CheckboxField, DetailItem, DetailList, SimpleGrid, notifySuccess } from '@/components/ui';
import { FormDialog } from '@/components/ui/form-dialog';
import { formFieldsFor } from '@/components/ui/form-fields';
import { formatMoney, useUserTimeZone } from '@/lib/format';
import { useApiForm } from '@/lib/use-api-form';
import { useCreatePayment } from '../api/create-payment';
import { PAYMENT_METHOD_OPTIONS } from '../lib/payment-labels';
import {
  emptyPaymentForm,
  paymentFormSchema,
  toCreatePaymentBody,
  type PaymentFormValues,
  type PaymentPrefill,
} from '../lib/payment-form';
import { todayIn } from '../lib/today';
import { CustomerOrderFields } from './customer-order-fields';

const { TextField, SelectField, TextareaField } = formFieldsFor<PaymentFormValues>();

export interface RecordPaymentDialogProps extends PaymentPrefill {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  currency: string | undefined;
}

function CustomerAndOrderFields({ customer, order, currency }: PaymentPrefill & { currency: string | undefined }) {
  if (order && customer) {
    return (
      <DetailList>
        <DetailItem label="Customer">{customer.name}</DetailItem>
        <DetailItem label="Order">
          {order.code} ({formatMoney(order.balance_due, currency)} due)
        </DetailItem>
      </DetailList>
    );
  }
  return <CustomerOrderFields customer={customer} currency={currency} showBalance />;
}

function PaymentFields(props: PaymentPrefill & { currency: string | undefined }) {
  const { control } = useFormContext<PaymentFormValues>();
  return (
    <>
      <CustomerAndOrderFields {...props} />
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField
          name="amount"
          label="Amount"
          required
          startElement={props.currency}
          inputMode="decimal"
          placeholder="0.00"
          textAlign="end"
          autoFocus
        />
        <TextField name="payment_date" label="Payment date" required type="date" />
        <SelectField name="method" label="Method" options={PAYMENT_METHOD_OPTIONS} />
        <TextField name="reference" label="Reference" optional autoComplete="off" />
      </SimpleGrid>
      <Controller
        control={control}
        name="is_received"
        render={({ field }) => (
          <CheckboxField checked={field.value} onCheckedChange={field.onChange} name={field.name}>
            Received: counts towards the order now (otherwise the payment waits as pending)
          </CheckboxField>
        )}
      />
      <TextField name="invoice_number" label="Invoice number" optional autoComplete="off" />
      <TextareaField name="notes" label="Notes" optional rows={2} />
    </>
  );
}

/** "Record payment": for an order (customer and order fixed), a customer, or anyone (pickers). */
export function RecordPaymentDialog({ open, onOpenChange, currency, customer, order }: RecordPaymentDialogProps) {
  const createPayment = useCreatePayment();
  const timeZone = useUserTimeZone();
  const form = useApiForm({
    schema: paymentFormSchema,
    defaultValues: emptyPaymentForm(todayIn(timeZone), { customer, order }),
    open,
    submit: (values) => createPayment.mutateAsync(toCreatePaymentBody(values)),
    onSuccess: (payment) => {
      onOpenChange(false);
      notifySuccess(
        'Payment recorded',
        `${payment.code}: ${formatMoney(payment.amount, currency)} from ${payment.customer_name}.`,
      );
    },
  });
  return (
    <FormDialog
      form={form}
      open={open}
      onOpenChange={onOpenChange}
      size="md"
      title={order ? `Record payment for ${order.code}` : 'Record payment'}
      submitLabel="Record payment"
      pendingLabel="Recording…"
    >
      <PaymentFields customer={customer} order={order} currency={currency} />
    </FormDialog>
  );
}
