import type { FastifyInstance } from 'fastify';
import { hasControlCharacters } from '@crm/contracts';
import { AppError } from './errors.js';

/**
 * A query parameter with a control character (NUL, newline, DEL…) is a 400 on every route: no
 * filter, search or page means anything with one, and a NUL breaks full-text queries. Runs after
 * the guard (hooks run in registration order), so the caller is identified before their input is
 * judged.
 */
export function registerQueryGuard(app: FastifyInstance): void {
  app.addHook('preValidation', async (request) => {
    const query = request.query;
    if (!query || typeof query !== 'object') return;
    const errors: Record<string, string[]> = {};
    for (const [name, value] of Object.entries(query as Record<string, unknown>)) {
      const values = Array.isArray(value) ? value : [value];
      if (hasControlCharacters(name) || values.some((v) => typeof v === 'string' && hasControlCharacters(v))) {
        errors[hasControlCharacters(name) ? 'non_field_errors' : name] = ['Control characters are not allowed.'];
      }
    }
    if (Object.keys(errors).length > 0)
      throw new AppError('validation_error', 'Control characters are not allowed in query parameters.', errors);
  });
}
