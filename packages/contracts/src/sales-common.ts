import { z } from 'zod';
import { idSchema, optionalText } from './common.js';
import { customFieldsProblem, isCalendarDate } from './input-limits.js';

export const addressInput = {
  address: optionalText(500),
  city: optionalText(100),
  state: optionalText(100),
  postal_code: optionalText(20),
  country: optionalText(100),
};

export const addressOutput = {
  address: z.string().nullable(),
  city: z.string().nullable(),
  state: z.string().nullable(),
  postal_code: z.string().nullable(),
  country: z.string().nullable(),
};

/** Stored and returned as given, within PRODUCT §4's limits; definitions per organization come later. */
export const customFieldsInput = z
  .record(z.string(), z.unknown())
  .superRefine((value, ctx) => {
    const problem = customFieldsProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .nullable()
  .optional();
export const tagsInput = z
  .array(z.string().trim().min(1).max(50))
  .max(50)
  .nullable()
  .optional()
  .transform((tags) => (tags ? [...new Set(tags)] : tags));

export const customFieldsOutput = z.record(z.string(), z.unknown());
export const tagsOutput = z.array(z.string());

/** An optional reference to another record by id; null clears it. */
export const optionalRef = z
  .number()
  .int()
  .min(1)
  .max(2 ** 31 - 1)
  .nullable()
  .optional();
export const requiredRef = z
  .number({ error: (issue) => (issue.input === undefined ? 'This field is required.' : 'Expected a record id.') })
  .int()
  .min(1)
  .max(2 ** 31 - 1);

export const auditFields = {
  created_at: z.string(),
  updated_at: z.string(),
  created_by: idSchema.nullable(),
};

/** Date filters in the organization's time zone, inclusive. */
export const dateFilter = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.')
  .refine(isCalendarDate, 'Enter a real date.')
  .optional();

export const listQueryBase = {
  page: z.string().optional(),
  page_size: z.string().optional(),
  search: z.string().max(200).optional(),
  ordering: z.string().max(50).optional(),
  created_after: dateFilter,
  created_before: dateFilter,
};

/** A required calendar date, YYYY-MM-DD. */
export const requiredDate = z
  .string({ error: (issue) => (issue.input === undefined ? 'This field is required.' : 'Use YYYY-MM-DD.') })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD.')
  .refine(isCalendarDate, 'Enter a real date.');

export const dateInput = requiredDate.nullable().optional();

export const instantInput = z.iso
  .datetime({ offset: true, message: 'Use an ISO 8601 date and time, e.g. 2026-11-06T12:00:00Z.' })
  .transform((v) => new Date(v).toISOString())
  .nullable()
  .optional();
