import { useEffect, useState } from 'react';
import type { Employee } from '@crm/contracts';
import { ConfirmDialog, FormAlert, Stack, Text, notifyError, notifySuccess } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { useDeleteEmployee } from '../api/delete-employee';

interface DeleteEmployeeDialogProps {
  employee: Employee;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeleteEmployeeDialog({ employee, open, onOpenChange, onDeleted }: DeleteEmployeeDialogProps) {
  const deleteEmployee = useDeleteEmployee();
  const [blockedReason, setBlockedReason] = useState<string | null>(null);

  useEffect(() => {
    if (open) setBlockedReason(null);
  }, [open]);

  const confirm = async () => {
    try {
      await deleteEmployee.mutateAsync(employee.id);
      onOpenChange(false);
      notifySuccess('Employee deleted', `${employee.full_name} was deleted.`);
      onDeleted();
    } catch (error) {
      const apiError = toApiError(error);
      if (apiError.status === 409) setBlockedReason(apiError.message);
      else notifyError('Could not delete the employee', apiError.message);
    }
  };

  return (
    <ConfirmDialog
      open={open}
      onOpenChange={onOpenChange}
      title={`Delete ${employee.full_name}?`}
      confirmLabel="Delete employee"
      onConfirm={() => void confirm()}
      isPending={deleteEmployee.isPending}
      isDestructive
      isConfirmDisabled={blockedReason !== null}
    >
      <Stack gap="3">
        <Text>
          {employee.full_name} will be deleted. Records assigned to them become unassigned, and their reports lose their
          manager. This cannot be undone.
        </Text>
        {blockedReason && <FormAlert title="This employee cannot be deleted" message={blockedReason} />}
      </Stack>
    </ConfirmDialog>
  );
}
