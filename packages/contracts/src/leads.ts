import { z } from 'zod';
import { idSchema, optionalEmail, optionalText } from './common.js';
import {
  assigneeFilter,
  assignAction,
  bulkTarget,
  deleteAction,
  exactlyOneTarget,
  leadPermissionsSchema,
} from './work.js';
import { moneyInput, moneyOutput } from './money.js';
import { CUSTOMER_TYPES, customerSchema } from './customers.js';
import { dealSchema } from './deals.js';
import {
  auditFields,
  dateInput,
  customFieldsInput,
  customFieldsOutput,
  listQueryBase,
  optionalRef,
  tagsInput,
  tagsOutput,
} from './sales-common.js';

export const LEAD_SOURCES = [
  'website',
  'referral',
  'social_media',
  'email_campaign',
  'cold_call',
  'event',
  'partner',
  'other',
] as const;
export type LeadSource = (typeof LEAD_SOURCES)[number];
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'unqualified', 'converted'] as const;
export type LeadStatus = (typeof LEAD_STATUSES)[number];
/** `converted` is reached only through the convert action. */
export const EDITABLE_LEAD_STATUSES = ['new', 'contacted', 'qualified', 'unqualified'] as const;

const leadFields = {
  first_name: optionalText(150),
  last_name: optionalText(150),
  email: optionalEmail,
  phone: optionalText(50),
  company: optionalText(200),
  job_title: optionalText(150),
  source: z.enum(LEAD_SOURCES).optional(),
  status: z.enum(EDITABLE_LEAD_STATUSES).optional(),
  estimated_value: moneyInput.nullable().optional(),
  assigned_to: optionalRef,
  notes: optionalText(10_000),
  custom_fields: customFieldsInput,
  tags: tagsInput,
};

const NEEDS_A_NAME = 'Give at least a first name, a last name or a company.';

/** A cold call may give only a name and a phone: one of first name, last name or company is enough. */
export const createLeadBodySchema = z.object(leadFields).superRefine((lead, ctx) => {
  if (!lead.first_name && !lead.last_name && !lead.company) {
    ctx.addIssue({ code: 'custom', message: NEEDS_A_NAME, path: ['non_field_errors'] });
  }
});
export const updateLeadBodySchema = z.object(leadFields);
export type CreateLeadBody = z.input<typeof createLeadBodySchema>;
export type UpdateLeadBody = z.input<typeof updateLeadBodySchema>;
export const LEAD_NEEDS_A_NAME = NEEDS_A_NAME;

export const leadSchema = z.object({
  id: idSchema,
  code: z.string(),
  first_name: z.string().nullable(),
  last_name: z.string().nullable(),
  full_name: z.string(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  company: z.string().nullable(),
  job_title: z.string().nullable(),
  source: z.enum(LEAD_SOURCES),
  status: z.enum(LEAD_STATUSES),
  score: z.number().int(),
  estimated_value: moneyOutput.nullable(),
  assigned_to: idSchema.nullable(),
  assigned_to_name: z.string().nullable(),
  converted_to_customer_id: idSchema.nullable(),
  converted_at: z.string().nullable(),
  notes: z.string().nullable(),
  custom_fields: customFieldsOutput,
  tags: tagsOutput,
  ...auditFields,
  permissions: leadPermissionsSchema,
});
export type Lead = z.infer<typeof leadSchema>;

export const LEAD_ORDERING = [
  'code',
  'first_name',
  'last_name',
  'company',
  'score',
  'status',
  'estimated_value',
  'created_at',
  'updated_at',
] as const;

export const leadListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(LEAD_STATUSES).optional(),
  source: z.enum(LEAD_SOURCES).optional(),
  assigned_to: assigneeFilter,
});

export const leadFilterSchema = leadListQuerySchema.omit({ page: true, page_size: true, ordering: true });
/** A lead becomes `converted` only by converting it. */
const leadTarget = bulkTarget(leadFilterSchema);
export const leadsBulkBodySchema = z
  .discriminatedUnion('action', [
    assignAction.extend(leadTarget),
    z.object({ action: z.literal('set_status'), status: z.enum(EDITABLE_LEAD_STATUSES), ...leadTarget }),
    deleteAction.extend(leadTarget),
  ])
  .superRefine(exactlyOneTarget);
export type LeadsBulkBody = z.input<typeof leadsBulkBodySchema>;

export const convertLeadBodySchema = z
  .object({
    customer_type: z.enum(CUSTOMER_TYPES).optional(),
    customer_id: z
      .number()
      .int()
      .min(1)
      .max(2 ** 31 - 1)
      .optional(),
    create_deal: z.boolean().optional(),
    deal_title: optionalText(200),
    deal_value: moneyInput.nullable().optional(),
    /** The deal's pipeline and stage (default: the default pipeline's first stage), owner and close date. */
    pipeline_id: optionalRef,
    stage_id: optionalRef,
    assigned_to: optionalRef,
    expected_close_date: dateInput,
  })
  .nullish();
export type ConvertLeadBody = z.input<typeof convertLeadBodySchema>;

export const convertLeadResponseSchema = z.object({
  lead: leadSchema,
  customer: customerSchema,
  deal: dealSchema.nullable(),
});
export type ConvertLeadResponse = z.infer<typeof convertLeadResponseSchema>;
