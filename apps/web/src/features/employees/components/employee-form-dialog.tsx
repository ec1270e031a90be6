import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { zodResolver } from '@hookform/resolvers/zod';
import type { Employee } from '@crm/contracts';
import { AppDialog, Button, FormAlert, HStack, Stack, notifySuccess, useResetOnOpen } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import { applyApiFieldErrors, formResolverOptions } from '@/lib/forms';
import { useCreateEmployee } from '../api/create-employee';
import { useUpdateEmployee } from '../api/update-employee';
import {
  EMPLOYEE_FORM_FIELDS,
  EMPTY_EMPLOYEE_FORM,
  employeeFormSchema,
  employeeToFormValues,
  toEmployeeBody,
  type EmployeeFormOutput,
  type EmployeeFormValues,
} from '../lib/employee-form';
import { EmployeeFormFields } from './employee-form-fields';

const FORM_ID = 'employee-form';

interface EmployeeFormDialogProps {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  /** The employee to edit; without one the dialog creates an employee. */
  employee?: Employee;
  onSaved?: (employee: Employee) => void;
}

export function EmployeeFormDialog({ open, onOpenChange, employee, onSaved }: EmployeeFormDialogProps) {
  const isEdit = employee !== undefined;
  const createEmployee = useCreateEmployee();
  const updateEmployee = useUpdateEmployee();
  const [formError, setFormError] = useState<string | null>(null);
  const form = useForm<EmployeeFormValues, unknown, EmployeeFormOutput>({
    resolver: zodResolver(employeeFormSchema, formResolverOptions),
    defaultValues: employee ? employeeToFormValues(employee) : EMPTY_EMPLOYEE_FORM,
  });
  useResetOnOpen(open, employee ? employeeToFormValues(employee) : EMPTY_EMPLOYEE_FORM, form.reset);

  const close = () => {
    setFormError(null);
    onOpenChange(false);
  };

  const submit = async (values: EmployeeFormOutput) => {
    setFormError(null);
    try {
      const body = toEmployeeBody(values);
      const saved = isEdit
        ? await updateEmployee.mutateAsync({ id: employee.id, body })
        : await createEmployee.mutateAsync(body);
      close();
      notifySuccess(isEdit ? 'Employee updated' : 'Employee added', saved.full_name);
      onSaved?.(saved);
    } catch (error) {
      const apiError = toApiError(error);
      const unplaced = applyApiFieldErrors(apiError, form.setError, EMPLOYEE_FORM_FIELDS);
      if (!apiError.hasFieldErrors || unplaced.length > 0) setFormError(unplaced.join(' ') || apiError.message);
    }
  };

  return (
    <AppDialog
      open={open}
      onOpenChange={(isOpen) => (isOpen ? onOpenChange(true) : close())}
      size="lg"
      title={isEdit ? `Edit ${employee.full_name}` : 'New employee'}
      footer={
        <HStack gap="2">
          <Button variant="outline" onClick={close}>
            Cancel
          </Button>
          <Button
            type="submit"
            form={FORM_ID}
            colorPalette="brand"
            loading={createEmployee.isPending || updateEmployee.isPending}
          >
            {isEdit ? 'Save changes' : 'Add employee'}
          </Button>
        </HStack>
      }
    >
      <FormProvider {...form}>
        <form id={FORM_ID} noValidate onSubmit={(event) => void form.handleSubmit(submit)(event)}>
          <Stack gap="4">
            {formError && <FormAlert message={formError} />}
            <EmployeeFormFields employeeId={employee?.id} initialManagerName={employee?.manager_name ?? undefined} />
          </Stack>
        </form>
      </FormProvider>
    </AppDialog>
  );
}
