import { z } from 'zod';

/** Every error code the API answers with, and its HTTP status (PRODUCT §6). */
export const ERROR_STATUS = {
  validation_error: 400,
  invalid_credentials: 400,
  not_authenticated: 401,
  invalid_token: 401,
  permission_denied: 403,
  not_a_member: 403,
  no_active_organization: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal_error: 500,
  service_unavailable: 503,
} as const;

export type ErrorCode = keyof typeof ERROR_STATUS;

export const fieldErrorsSchema = z.record(z.string(), z.array(z.string()));
export type FieldErrors = z.infer<typeof fieldErrorsSchema>;

/** One shape for every error; the seed's 400 and 401 bodies are subsets of it. */
export const errorBodySchema = z.object({
  error: z.literal(true),
  code: z.string(),
  message: z.string(),
  detail: z.string(),
  errors: fieldErrorsSchema.optional(),
  request_id: z.string().optional(),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

export const REQUIRED_MESSAGE = 'This field is required.';

let messagesInstalled = false;

/** DRF-style messages for missing and mistyped fields, the same in the API and the web app. */
export function installZodMessages(): void {
  if (messagesInstalled) return;
  messagesInstalled = true;
  z.config({
    customError: (issue) => {
      if (issue.code === 'invalid_type') {
        if (issue.input === undefined) return REQUIRED_MESSAGE;
        if (issue.input === null) return 'This field may not be null.';
        return `Expected ${issue.expected}.`;
      }
      if (issue.code === 'too_small' && issue.origin === 'string' && issue.minimum === 1) {
        return 'This field may not be blank.';
      }
      return undefined;
    },
  });
}
