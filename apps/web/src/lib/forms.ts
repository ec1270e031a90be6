import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { PASSWORD_MIN_LENGTH, REQUIRED_MESSAGE } from '@crm/contracts';
import type { z } from 'zod';
import type { ApiError } from './api-error';

/**
 * Per-parse messages for checks the contract leaves to Zod's defaults ("Too small: expected string
 * to have >=1 characters" reads badly under a field); messages the contract sets still win.
 */
export const formErrorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) return REQUIRED_MESSAGE;
  if (issue.code === 'invalid_type' && issue.input === undefined) return REQUIRED_MESSAGE;
  return undefined;
};

export const formResolverOptions = { error: formErrorMap } as const;

/** Under every new-password input: the contract's rules, in words. */
export const NEW_PASSWORD_HELP = `At least ${String(PASSWORD_MIN_LENGTH)} characters; avoid common passwords.`;
export const USERNAME_HELP = 'Letters, digits and . _ + - only.';

/**
 * Puts the API's field errors under the matching inputs and returns the messages no input shows
 * (`non_field_errors`, or a field the form lacks), for a form-level alert.
 */
export function applyApiFieldErrors<T extends FieldValues>(
  error: ApiError,
  setError: UseFormSetError<T>,
  fieldNames: readonly Path<T>[],
): string[] {
  const unplaced: string[] = [];
  let isFirst = true;
  for (const [field, messages] of Object.entries(error.fieldErrors)) {
    const name = fieldNames.find((candidate) => candidate === field);
    if (name === undefined) {
      unplaced.push(...messages);
      continue;
    }
    setError(name, { type: 'server', message: messages.join(' ') }, { shouldFocus: isFirst });
    isFirst = false;
  }
  return unplaced;
}

/**
 * A record's values for a form shaped like `empty`: every field of the form, taken from the record,
 * with the record's null shown as the empty input. Fields the form holds in another shape (tags as
 * one line, a number as text) come in `overrides`.
 */
export function formValuesOf<V extends FieldValues>(record: object, empty: V, overrides: Partial<V> = {}): V {
  const source = record as Record<string, unknown>;
  const values = Object.fromEntries(Object.keys(empty).map((key) => [key, source[key] ?? empty[key]]));
  return { ...values, ...overrides } as V;
}
