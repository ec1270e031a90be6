import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import type { ErrorCode, FieldErrors } from '@crm/contracts';
import { isUniqueViolation } from '../db/dialect.js';
import { AppError, errorBody } from './errors.js';
import type { MethodIndex } from './method-index.js';

const FASTIFY_CODES: Record<string, ErrorCode> = {
  FST_ERR_CTP_INVALID_MEDIA_TYPE: 'unsupported_media_type',
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: 'validation_error',
  FST_ERR_CTP_BODY_TOO_LARGE: 'payload_too_large',
  FST_ERR_CTP_EMPTY_JSON_BODY: 'validation_error',
  FST_ERR_CTP_INVALID_JSON_BODY: 'validation_error',
};

function send(reply: FastifyReply, status: number, code: ErrorCode, message?: string, errors?: FieldErrors) {
  const requestId = status >= 500 ? reply.request.id : undefined;
  return reply
    .status(status)
    .type('application/json')
    .send(errorBody(code, message, errors, requestId));
}

/**
 * A 4xx that a plugin raised (the static file server, the router): the contract's code for its
 * status. A refused path traversal is a file that does not exist: 404, never a 403 that confirms
 * anything about the disk.
 */
function sendClientError(reply: FastifyReply, status: number, message: string) {
  switch (status) {
    case 403:
    case 404:
      return send(reply, 404, 'not_found');
    case 429:
      return send(reply, 429, 'rate_limited');
    default:
      return send(reply, 400, 'validation_error', message);
  }
}

/** `/items/0/quantity` → `items.0.quantity`; a problem with the whole body → `non_field_errors`. */
function toFieldErrors(issues: { instancePath: string; message?: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const key = issue.instancePath.replace(/^\//, '').replaceAll('/', '.') || 'non_field_errors';
    (errors[key] ??= []).push(issue.message ?? 'Invalid value.');
  }
  return errors;
}

export function registerErrorHandling(app: FastifyInstance, methods: MethodIndex, servesWebApp: boolean): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    if (error instanceof AppError) {
      if (error.headers) void reply.headers(error.headers);
      return send(reply, error.status, error.code, error.message, error.fieldErrors);
    }
    if (hasZodFastifySchemaValidationErrors(error)) {
      // An id that is not a valid integer in the path names no record: 404, as for an unknown one.
      if (error.validationContext === 'params') return send(reply, 404, 'not_found');
      return send(reply, 400, 'validation_error', 'Validation error.', toFieldErrors(error.validation));
    }
    const mapped = error.code ? FASTIFY_CODES[error.code] : undefined;
    if (mapped) {
      const message = mapped === 'validation_error' ? 'Malformed JSON body.' : undefined;
      return send(reply, mapped === 'validation_error' ? 400 : (error.statusCode ?? 400), mapped, message);
    }
    if (isUniqueViolation(error)) return send(reply, 409, 'conflict', 'A record with these values already exists.');
    if (!isResponseSerializationError(error) && error.statusCode && error.statusCode < 500) {
      return sendClientError(reply, error.statusCode, error.message);
    }
    request.log.error({ err: error }, 'request failed');
    return send(reply, 500, 'internal_error');
  });

  app.setNotFoundHandler((request: FastifyRequest, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const isApi = path === '/api' || path.startsWith('/api/');
    // The web app routes in the browser: any other page path gets index.html (SPA fallback).
    if (servesWebApp && !isApi && (request.method === 'GET' || request.method === 'HEAD')) {
      return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
    }
    if (methods.otherMethods(request.method, path).length > 0) {
      void reply.header('Allow', methods.otherMethods(request.method, path).join(', '));
      return send(reply, 405, 'method_not_allowed', `Method "${request.method}" not allowed.`);
    }
    return send(reply, 404, 'not_found');
  });
}
