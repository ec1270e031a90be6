import { ERROR_STATUS, type ErrorBody, type ErrorCode, type FieldErrors } from '@crm/contracts';

const DEFAULT_MESSAGES: Record<ErrorCode, string> = {
  validation_error: 'Validation error.',
  invalid_credentials: 'Unable to log in with provided credentials.',
  not_authenticated: 'Authentication credentials were not provided.',
  invalid_token: 'Invalid token.',
  permission_denied: 'You do not have permission to perform this action.',
  not_a_member: 'You are not an active member of this organization.',
  no_active_organization: 'You have no active organization. Create one or accept an invitation.',
  not_found: 'Not found.',
  method_not_allowed: 'Method not allowed.',
  conflict: 'Conflict.',
  payload_too_large: 'Request body is too large.',
  unsupported_media_type: 'Unsupported media type: send application/json.',
  rate_limited: 'Too many attempts. Try again later.',
  internal_error: 'A server error occurred.',
  service_unavailable: 'Service unavailable.',
};

/** The one error services throw; the error handler turns it into the contract's body. */
export class AppError extends Error {
  readonly status: number;

  constructor(
    readonly code: ErrorCode,
    message?: string,
    readonly fieldErrors?: FieldErrors,
    readonly headers?: Record<string, string>,
  ) {
    super(message ?? DEFAULT_MESSAGES[code]);
    this.status = ERROR_STATUS[code];
  }
}

export const notFound = (message?: string) => new AppError('not_found', message);
export const forbidden = (message?: string) => new AppError('permission_denied', message);
export const conflict = (message: string, fieldErrors?: FieldErrors) => new AppError('conflict', message, fieldErrors);

/** 400 with errors at the fields, as a form shows them. */
export const fieldError = (field: string, message: string) =>
  new AppError('validation_error', message, { [field]: [message] });

export function errorBody(code: ErrorCode, message?: string, errors?: FieldErrors, requestId?: string): ErrorBody {
  const text = message ?? DEFAULT_MESSAGES[code];
  return {
    error: true,
    code,
    message: text,
    detail: text,
    ...(errors ? { errors } : {}),
    ...(requestId ? { request_id: requestId } : {}),
  };
}
