import { useEffect, useState } from 'react';
import type { Customer } from '@crm/contracts';
import { ConfirmDialog, FormAlert, Stack, Text, notifyError, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
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
  const [blockedReason, setBlockedReason] = useState<string | null>(null);

  useEffect(() => {
    if (open) setBlockedReason(null);
  }, [open]);

  const confirm = async () => {
    try {
      await deleteCustomer.mutateAsync(customer.id);
      onOpenChange(false);
      notifySuccess('Customer deleted', `${customer.name} (${customer.code}) was deleted.`);
      onDeleted();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 409) setBlockedReason(apiError.message);
      else notifyError('Could not delete the customer', apiError.message);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${customer.name}?`}
      confirmLabel="Delete customer"
      onConfirm={() => void confirm()}
      isPending={deleteCustomer.isPending}
      isDestructive
      isConfirmDisabled={blockedReason !== null}
    >
      <Stack gap="3">
        <Text>
          {customer.name} ({customer.code}) and its activities will be deleted. This cannot be undone.
        </Text>
        {blockedReason && <FormAlert title="This customer cannot be deleted yet" message={blockedReason} />}
      </Stack>
    </ConfirmDialog>
  );
}
