import type { Customer } from '@crm/contracts';
import { RecordFormDialog } from '@/components/ui/record-form-dialog';
import { useCreateCustomer } from '../api/create-customer';
import { useUpdateCustomer } from '../api/update-customer';
import { EMPTY_CUSTOMER_FORM, customerFormSchema, customerToFormValues } from './customer-form';
import { CustomerFormFields } from './customer-form-fields';

interface CustomerFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The customer to edit; without one the dialog creates a customer. */
  customer?: Customer;
}

export function CustomerFormDialog({ open, onOpenChange, customer }: CustomerFormDialogProps) {
  const createCustomer = useCreateCustomer();
  const updateCustomer = useUpdateCustomer();
  return (
    <RecordFormDialog
      open={open}
      onOpenChange={onOpenChange}
      record={customer}
      schema={customerFormSchema}
      empty={EMPTY_CUSTOMER_FORM}
      toValues={customerToFormValues}
      create={createCustomer.mutateAsync}
      update={(id, body) => updateCustomer.mutateAsync({ id, body })}
      noun="customer"
      nameOf={(record) => record.name}
      describe={(saved) => `${saved.name} (${saved.code})`}
    >
      <CustomerFormFields customer={customer} />
    </RecordFormDialog>
  );
}
