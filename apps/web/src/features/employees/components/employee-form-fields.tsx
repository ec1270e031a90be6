import { Controller, useFormContext } from 'react-hook-form';
import { FormField, Input, SelectNative, SimpleGrid, Stack } from '@/components/ui';
import type { EmployeeFormValues } from '../lib/employee-form';
import { EMPLOYEE_STATUS_OPTIONS } from '../lib/employee-labels';
import { ManagerPicker } from './manager-picker';

const OPTIONAL = ' (optional)';

interface EmployeeFormFieldsProps {
  employeeId?: number;
  initialManagerName?: string;
}

export function EmployeeFormFields({ employeeId, initialManagerName }: EmployeeFormFieldsProps) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<EmployeeFormValues>();

  return (
    <Stack gap="4">
      <SimpleGrid columns={{ base: 1, sm: 2 }} gap="4">
        <FormField label="First name" required errorText={errors.first_name?.message}>
          <Input autoFocus autoComplete="off" {...register('first_name')} />
        </FormField>
        <FormField label="Last name" required errorText={errors.last_name?.message}>
          <Input autoComplete="off" {...register('last_name')} />
        </FormField>
        <FormField label="Email" optionalText={OPTIONAL} errorText={errors.email?.message}>
          <Input type="email" autoComplete="off" {...register('email')} />
        </FormField>
        <FormField label="Phone" optionalText={OPTIONAL} errorText={errors.phone?.message}>
          <Input type="tel" autoComplete="off" {...register('phone')} />
        </FormField>
        <FormField label="Department" optionalText={OPTIONAL} errorText={errors.department?.message}>
          <Input placeholder="Sales" {...register('department')} />
        </FormField>
        <FormField label="Position" optionalText={OPTIONAL} errorText={errors.position?.message}>
          <Input placeholder="Account executive" {...register('position')} />
        </FormField>
        <FormField label="Hire date" optionalText={OPTIONAL} errorText={errors.hire_date?.message}>
          <Input type="date" {...register('hire_date')} />
        </FormField>
        <FormField label="Status" errorText={errors.status?.message}>
          <SelectNative options={EMPLOYEE_STATUS_OPTIONS} {...register('status')} />
        </FormField>
      </SimpleGrid>
      <FormField label="Manager" optionalText={OPTIONAL} errorText={errors.manager_id?.message}>
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
    </Stack>
  );
}
