import type { Employee } from '@crm/contracts';
import { DeleteRecordDialog } from '@/components/ui';
import { deleteRefusal } from '@/lib/api-error';
import { useDeleteEmployee } from '../api/delete-employee';

interface DeleteEmployeeDialogProps {
  employee: Employee;
  open: boolean;
  onOpenChange: (open: boolean) => void;
  onDeleted: () => void;
}

export function DeleteEmployeeDialog({ employee, open, onOpenChange, onDeleted }: DeleteEmployeeDialogProps) {
  const deleteEmployee = useDeleteEmployee();
  return (
    <DeleteRecordDialog
      open={open}
      onOpenChange={onOpenChange}
      kind="employee"
      name={employee.full_name}
      title={`Delete ${employee.full_name}?`}
      description={`${employee.full_name} will be deleted. Records assigned to them become unassigned, and their reports lose their manager. This cannot be undone.`}
      remove={() => deleteEmployee.mutateAsync(employee.id)}
      isPending={deleteEmployee.isPending}
      onDeleted={onDeleted}
      explainError={deleteRefusal}
    />
  );
}
