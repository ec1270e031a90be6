import { z } from 'zod';

const MAX_ID = 2 ** 31 - 1;

/** Ids in a path: anything that is not an integer in 1…2³¹−1 answers 404, never 400 or 500. */
export const idParam = z.coerce.number().int().min(1).max(MAX_ID);
export const idParamsSchema = z.object({ id: idParam });

export const idSchema = z.number().int();

/** An id in a query filter: anything outside 1…2³¹−1 is a 400, never a database error. */
export const idFilter = z.coerce.number().int().min(1).max(MAX_ID).optional();
export const timestampSchema = z.string().describe('ISO 8601 UTC with milliseconds');

export const pageQuerySchema = z.object({
  page: z.string().optional(),
  page_size: z.string().optional(),
});

export function paginated<T extends z.ZodType>(item: T) {
  return z.object({
    count: z.number().int(),
    next: z.string().nullable(),
    previous: z.string().nullable(),
    results: z.array(item),
  });
}
export type Paginated<T> = { count: number; next: string | null; previous: string | null; results: T[] };

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_PAGE_SIZE = 100;

/** Optional text field: trimmed, and an empty string or null clears it. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .nullable()
    .transform((v) => (v === '' ? null : v))
    .optional();

export const optionalEmail = z
  .union([z.literal(''), z.email('Enter a valid email address.').max(254)])
  .nullable()
  .transform((v) => (v === '' ? null : (v?.toLowerCase() ?? null)))
  .optional();

export function isValidTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .refine(isValidTimeZone, 'Unknown time zone: use an IANA name such as Europe/Paris.');

export const currencySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z]{3}$/, 'Use a three-letter ISO 4217 code such as USD.')
  .transform((v) => v.toUpperCase());

export const messageSchema = z.object({ message: z.string() });
