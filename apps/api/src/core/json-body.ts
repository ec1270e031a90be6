import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/**
 * Bodies are JSON and nothing else (others get 415). An empty body is allowed — actions such as
 * logout take none — and malformed JSON is a 400 in the contract's shape, not Fastify's.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    try {
      done(null, JSON.parse(text) as unknown);
    } catch {
      done(new AppError('validation_error', 'Malformed JSON body.', { non_field_errors: ['Malformed JSON body.'] }), undefined);
    }
  });
}
