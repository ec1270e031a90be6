import { Controller, useFormContext } from 'react-hook-form';
import { FormField, SimpleGrid } from '@/components/ui';
import { formFieldsFor } from '@/components/ui/form-fields';
import type { EmployeeFormValues } from '../lib/employee-form';
import { EMPLOYEE_STATUS_OPTIONS } from '../lib/employee-labels';
import { ManagerPicker } from './manager-picker';

const { TextField, SelectField } = formFieldsFor<EmployeeFormValues>();

interface EmployeeFormFieldsProps {
  employeeId?: number;
  initialManagerName?: string;
}

export function EmployeeFormFields({ employeeId, initialManagerName }: EmployeeFormFieldsProps) {
  const {
    control,
    formState: { errors },
  } = useFormContext<EmployeeFormValues>();

  return (
    <>
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <TextField name="first_name" label="First name" required autoFocus autoComplete="off" />
        <TextField name="last_name" label="Last name" required autoComplete="off" />
        <TextField name="email" label="Email" optional type="email" autoComplete="off" />
        <TextField name="phone" label="Phone" optional type="tel" autoComplete="off" />
        <TextField name="department" label="Department" optional placeholder="Sales" />
        <TextField name="position" label="Position" optional placeholder="Account executive" />
        <TextField name="hire_date" label="Hire date" optional type="date" />
        <SelectField name="status" label="Status" options={EMPLOYEE_STATUS_OPTIONS} />
      </SimpleGrid>
      <FormField label="Manager" optionalText=" (optional)" errorText={errors.manager_id?.message}>
        <Controller
          control={control}
          name="manager_id"
          render={({ field }) => (
            <ManagerPicker
              value={field.value}
              initialLabel={initialManagerName}
              excludeId={employeeId}
              onChange={field.onChange}
              onBlur={field.onBlur}
            />
          )}
        />
      </FormField>
    </>
  );
}
