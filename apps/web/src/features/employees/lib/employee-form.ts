import { z } from 'zod';
import { EMPLOYEE_STATUSES, createEmployeeBodySchema, type CreateEmployeeBody, type Employee } from '@crm/contracts';
import { formValuesOf } from '@/lib/forms';

const shape = createEmployeeBodySchema.shape;

/** The contract's fields, with the date as the text of a date input ("" for none) and the manager as an id. */
export const employeeFormSchema = z.object({
  first_name: shape.first_name,
  last_name: shape.last_name,
  email: shape.email,
  phone: shape.phone,
  department: shape.department,
  position: shape.position,
  hire_date: z.string().refine((text) => text === '' || shape.hire_date.safeParse(text).success, 'Enter a real date.'),
  manager_id: z.number().int().nullable(),
  status: z.enum(EMPLOYEE_STATUSES),
});

export type EmployeeFormValues = z.input<typeof employeeFormSchema>;
export type EmployeeFormOutput = z.output<typeof employeeFormSchema>;

export const EMPTY_EMPLOYEE_FORM: EmployeeFormValues = {
  first_name: '',
  last_name: '',
  email: '',
  phone: '',
  department: '',
  position: '',
  hire_date: '',
  manager_id: null,
  status: 'active',
};

export function employeeToFormValues(employee: Employee): EmployeeFormValues {
  return formValuesOf(employee, EMPTY_EMPLOYEE_FORM);
}

export function toEmployeeBody(values: EmployeeFormOutput): CreateEmployeeBody {
  return { ...values, hire_date: values.hire_date === '' ? null : values.hire_date };
}
