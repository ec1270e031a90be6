import { fieldError } from './errors.js';

export interface Ordering<F extends string> {
  field: F;
  direction: 'asc' | 'desc';
}

/** `?ordering=field` or `-field`, from the resource's whitelist; anything else is a 400. */
export function parseOrdering<F extends string>(
  value: string | undefined,
  allowed: readonly F[],
  fallback: Ordering<F>,
): Ordering<F> {
  if (!value) return fallback;
  const direction = value.startsWith('-') ? 'desc' : 'asc';
  const field = value.replace(/^-/, '') as F;
  if (!allowed.includes(field)) {
    throw fieldError(
      'ordering',
      `Unknown ordering "${value}". Use one of: ${allowed.join(', ')} (prefix - for descending).`,
    );
  }
  return { field, direction };
}
