import { z } from 'zod';
import { idSchema, optionalEmail, optionalText } from './common.js';
import { websiteInput } from './input-limits.js';
import {
  addressInput,
  addressOutput,
  auditFields,
  customFieldsInput,
  customFieldsOutput,
  listQueryBase,
  tagsInput,
  tagsOutput,
} from './sales-common.js';

export const VENDOR_TYPES = ['supplier', 'service_provider', 'contractor', 'consultant'] as const;
export type VendorType = (typeof VENDOR_TYPES)[number];
export const VENDOR_STATUSES = ['active', 'inactive', 'blacklisted'] as const;
export type VendorStatus = (typeof VENDOR_STATUSES)[number];

const vendorFields = {
  company_name: optionalText(200),
  email: optionalEmail,
  phone: optionalText(50),
  vendor_type: z.enum(VENDOR_TYPES).optional(),
  status: z.enum(VENDOR_STATUSES).optional(),
  website: websiteInput,
  ...addressInput,
  payment_terms: optionalText(200),
  rating: z.number().int().min(1).max(5).nullable().optional(),
  notes: optionalText(10_000),
  custom_fields: customFieldsInput,
  tags: tagsInput,
};

const nameInput = z.string().trim().min(1).max(200);

export const createVendorBodySchema = z.object({ name: nameInput, ...vendorFields });
/** PUT: the required fields again; omitted optional fields stay as they are. */
export const replaceVendorBodySchema = createVendorBodySchema;
export const updateVendorBodySchema = z.object({ name: nameInput.optional(), ...vendorFields });
export type CreateVendorBody = z.input<typeof createVendorBodySchema>;
export type UpdateVendorBody = z.input<typeof updateVendorBodySchema>;

export const vendorSchema = z.object({
  id: idSchema,
  code: z.string(),
  name: z.string(),
  company_name: z.string().nullable(),
  email: z.string().nullable(),
  phone: z.string().nullable(),
  vendor_type: z.enum(VENDOR_TYPES),
  status: z.enum(VENDOR_STATUSES),
  website: z.string().nullable(),
  ...addressOutput,
  payment_terms: z.string().nullable(),
  rating: z.number().int().nullable(),
  notes: z.string().nullable(),
  custom_fields: customFieldsOutput,
  tags: tagsOutput,
  ...auditFields,
});
export type Vendor = z.infer<typeof vendorSchema>;

export const VENDOR_ORDERING = ['name', 'code', 'status', 'rating', 'created_at', 'updated_at'] as const;

export const vendorListQuerySchema = z.object({
  ...listQueryBase,
  status: z.enum(VENDOR_STATUSES).optional(),
  vendor_type: z.enum(VENDOR_TYPES).optional(),
});
export type VendorListQuery = z.input<typeof vendorListQuerySchema>;

export const vendorStatsSchema = z.object({
  total: z.number().int(),
  by_status: z.record(z.string(), z.number().int()),
  by_type: z.record(z.string(), z.number().int()),
  new_this_month: z.number().int(),
});
export type VendorStats = z.infer<typeof vendorStatsSchema>;
