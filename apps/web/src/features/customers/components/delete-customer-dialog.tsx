import type { Customer } from '@crm/contracts';
import { DeleteRecordDialog } from '@/components/ui';
import { deleteRefusal } from '@/lib/api-error';
import { useDeleteCustomer } from '../api/delete-customer';

interface DeleteCustomerDialogProps {
  customer: Customer;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

/** Names the customer before deleting; a refusal because of its deals is explained in the dialog itself. */
export function DeleteCustomerDialog({ customer, open, onOpenChange, onDeleted }: DeleteCustomerDialogProps) {
  const deleteCustomer = useDeleteCustomer();
  const name = `${customer.name} (${customer.code})`;
  return (
    <DeleteRecordDialog
      open={open}
      onOpenChange={onOpenChange}
      kind="customer"
      name={name}
      title={`Delete ${customer.name}?`}
      description={`${name} and its activities will be deleted. This cannot be undone.`}
      remove={() => deleteCustomer.mutateAsync(customer.id)}
      isPending={deleteCustomer.isPending}
      onDeleted={onDeleted}
      explainError={deleteRefusal}
    />
  );
}
