import { z } from 'zod';
import { idSchema, optionalEmail, optionalText } from './common.js';
import { auditFields, dateInput, listQueryBase, optionalRef } from './sales-common.js';

export const EMPLOYEE_STATUSES = ['active', 'on_leave', 'terminated'] as const;
export type EmployeeStatus = (typeof EMPLOYEE_STATUSES)[number];

const nameInput = z.string().trim().min(1).max(150);

/** `user_id` is absent on purpose: links to logins are made by the membership flows only. */
const employeeFields = {
  email: optionalEmail,
  phone: optionalText(50),
  department: optionalText(100),
  position: optionalText(100),
  hire_date: dateInput,
  manager_id: optionalRef,
  status: z.enum(EMPLOYEE_STATUSES).optional(),
};

export const createEmployeeBodySchema = z.object({ first_name: nameInput, last_name: nameInput, ...employeeFields });
/** PUT: the required fields again; omitted optional fields stay as they are. */
export const replaceEmployeeBodySchema = createEmployeeBodySchema;
export const updateEmployeeBodySchema = z.object({
  first_name: nameInput.optional(),
  last_name: nameInput.optional(),
  ...employeeFields,
});
export type CreateEmployeeBody = z.input<typeof createEmployeeBodySchema>;
export type UpdateEmployeeBody = z.input<typeof updateEmployeeBodySchema>;

export const employeeSchema = z.object({
  id: idSchema,
  user_id: idSchema.nullable(),
  has_login: z.boolean(),
  first_name: z.string(),
  last_name: z.string(),
  full_name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  department: z.string().nullable(),
  position: z.string().nullable(),
  hire_date: z.string().nullable(),
  manager_id: idSchema.nullable(),
  manager_name: z.string().nullable(),
  status: z.enum(EMPLOYEE_STATUSES),
  ...auditFields,
});
export type Employee = z.infer<typeof employeeSchema>;

export const EMPLOYEE_ORDERING = [
  'last_name',
  'first_name',
  'department',
  'hire_date',
  'created_at',
  'status',
] as const;

export const employeeListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(EMPLOYEE_STATUSES).optional(),
  /** Exact, compared case-insensitively (departments are free text). */
  department: z.string().trim().max(100).optional(),
  manager: z.coerce
    .number()
    .int()
    .min(1)
    .max(2 ** 31 - 1)
    .optional(),
});
export type EmployeeListQuery = z.input<typeof employeeListQuerySchema>;
