import { z } from 'zod';
import { idSchema, optionalEmail, optionalText } from './common.js';
import {
  assigneeFilter,
  assignAction,
  bulkTarget,
  deleteAction,
  exactlyOneTarget,
  recordPermissionsSchema,
} from './work.js';
import { websiteInput } from './input-limits.js';
import { moneyOutput } from './money.js';
import {
  addressInput,
  addressOutput,
  auditFields,
  customFieldsInput,
  customFieldsOutput,
  listQueryBase,
  optionalRef,
  tagsInput,
  tagsOutput,
} from './sales-common.js';

export const CUSTOMER_TYPES = ['individual', 'business'] as const;
export const CUSTOMER_STATUSES = ['active', 'inactive', 'prospect', 'vip'] as const;
export type CustomerStatus = (typeof CUSTOMER_STATUSES)[number];

const customerFields = {
  first_name: optionalText(150),
  last_name: optionalText(150),
  email: optionalEmail,
  phone: optionalText(50),
  company_name: optionalText(200),
  customer_type: z.enum(CUSTOMER_TYPES).optional(),
  status: z.enum(CUSTOMER_STATUSES).optional(),
  ...addressInput,
  website: websiteInput,
  industry: optionalText(100),
  notes: optionalText(10_000),
  assigned_to: optionalRef,
  custom_fields: customFieldsInput,
  tags: tagsInput,
};

const nameInput = z.string().trim().min(1).max(200);

export const createCustomerBodySchema = z.object({ name: nameInput, ...customerFields });
/** PUT: the required fields again; omitted optional fields stay as they are. */
export const replaceCustomerBodySchema = createCustomerBodySchema;
export const updateCustomerBodySchema = z.object({ name: nameInput.optional(), ...customerFields });
export type CreateCustomerBody = z.input<typeof createCustomerBodySchema>;
export type UpdateCustomerBody = z.input<typeof updateCustomerBodySchema>;

export const customerSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company_name: z.string().nullable(),
  customer_type: z.enum(CUSTOMER_TYPES),
  status: z.enum(CUSTOMER_STATUSES),
  ...addressOutput,
  website: z.string().nullable(),
  industry: z.string().nullable(),
  notes: z.string().nullable(),
  assigned_to: idSchema.nullable(),
  assigned_to_name: z.string().nullable(),
  user_id: idSchema.nullable(),
  converted_from_lead_id: idSchema.nullable(),
  total_value: moneyOutput,
  custom_fields: customFieldsOutput,
  tags: tagsOutput,
  ...auditFields,
  permissions: recordPermissionsSchema,
});
export type Customer = z.infer<typeof customerSchema>;

export const CUSTOMER_ORDERING = ['name', 'code', 'status', 'created_at', 'updated_at', 'total_value'] as const;

export const customerListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(CUSTOMER_STATUSES).optional(),
  customer_type: z.enum(CUSTOMER_TYPES).optional(),
  assigned_to: assigneeFilter,
});

/** The list's filters, as a bulk action's `filter` (no paging or ordering). */
export const customerFilterSchema = customerListQuerySchema.omit({ page: true, page_size: true, ordering: true });
const customerTarget = bulkTarget(customerFilterSchema);
export const customersBulkBodySchema = z
  .discriminatedUnion('action', [
    assignAction.extend(customerTarget),
    z.object({ action: z.literal('set_status'), status: z.enum(CUSTOMER_STATUSES), ...customerTarget }),
    deleteAction.extend(customerTarget),
  ])
  .superRefine(exactlyOneTarget);
export type CustomersBulkBody = z.input<typeof customersBulkBodySchema>;
export type CustomerListQuery = z.input<typeof customerListQuerySchema>;

export const customerStatsSchema = z.object({
  total: z.number().int(),
  by_status: z.record(z.string(), z.number().int()),
  by_type: z.record(z.string(), z.number().int()),
  new_this_month: z.number().int(),
});
export type CustomerStats = z.infer<typeof customerStatsSchema>;
