import type { Employee } from '@crm/contracts';
import { RecordFormDialog } from '@/components/ui/record-form-dialog';
import { useCreateEmployee } from '../api/create-employee';
import { useUpdateEmployee } from '../api/update-employee';
import { EMPTY_EMPLOYEE_FORM, employeeFormSchema, employeeToFormValues, toEmployeeBody } from '../lib/employee-form';
import { EmployeeFormFields } from './employee-form-fields';

interface EmployeeFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The employee to edit; without one the dialog adds an employee. */
  employee?: Employee;
}

export function EmployeeFormDialog({ open, onOpenChange, employee }: EmployeeFormDialogProps) {
  const createEmployee = useCreateEmployee();
  const updateEmployee = useUpdateEmployee();
  return (
    <RecordFormDialog
      open={open}
      onOpenChange={onOpenChange}
      record={employee}
      schema={employeeFormSchema}
      empty={EMPTY_EMPLOYEE_FORM}
      toValues={employeeToFormValues}
      toBody={toEmployeeBody}
      create={createEmployee.mutateAsync}
      update={(id, body) => updateEmployee.mutateAsync({ id, body })}
      noun="employee"
      createVerb={{ label: 'Add', done: 'added' }}
      nameOf={(record) => record.full_name}
      describe={(saved) => saved.full_name}
    >
      <EmployeeFormFields employeeId={employee?.id} initialManagerName={employee?.manager_name ?? undefined} />
    </RecordFormDialog>
  );
}
