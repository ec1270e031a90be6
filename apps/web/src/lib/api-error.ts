import { errorBodySchema, type FieldErrors } from '@crm/contracts';
import { HttpError } from './http';

export const NETWORK_ERROR_MESSAGE = 'Cannot reach the server. Check your connection and try again.';
export const TIMEOUT_MESSAGE = 'The server took too long to answer. Please try again.';

/** Every failed API call surfaces as one of these, so pages and forms handle a single shape. */
export class ApiError extends Error {
  override readonly name = 'ApiError';

  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly fieldErrors: FieldErrors = {},
    readonly requestId?: string,
  ) {
    super(message);
  }

  get hasFieldErrors(): boolean {
    return Object.keys(this.fieldErrors).length > 0;
  }
}

function messageForStatus(status: number): string {
  if (status >= 500) return `The server ran into a problem (${String(status)}). Please try again in a moment.`;
  return `The request failed (${String(status)}).`;
}

function codeForStatus(status: number): string {
  if (status >= 500) return 'internal_error';
  return 'http_error';
}

/** Maps anything a request throws to an ApiError built from the API's error body. */
export function toApiError(error: unknown): ApiError {
  if (error instanceof ApiError) return error;
  if (!(error instanceof HttpError)) {
    return new ApiError(0, 'unknown_error', error instanceof Error ? error.message : 'Something went wrong.');
  }
  if (error.kind === 'canceled') return new ApiError(0, 'canceled', 'The request was cancelled.');
  if (error.kind === 'timeout') return new ApiError(0, 'timeout', TIMEOUT_MESSAGE);
  const response = error.response;
  if (!response) return new ApiError(0, 'network_error', NETWORK_ERROR_MESSAGE);
  const parsed = errorBodySchema.safeParse(response.data);
  if (!parsed.success) {
    return new ApiError(response.status, codeForStatus(response.status), messageForStatus(response.status));
  }
  const body = parsed.data;
  return new ApiError(response.status, body.code, body.message || body.detail, body.errors ?? {}, body.request_id);
}

export function isApiError(error: unknown, code?: string): error is ApiError {
  return error instanceof ApiError && (code === undefined || error.code === code);
}

/** A delete refused because other records depend on this one (409) is explained where it was asked. */
export function deleteRefusal(error: unknown): { blocked: boolean; message: string } {
  const apiError = toApiError(error);
  return { blocked: apiError.status === 409, message: apiError.message };
}
