import type { FastifyInstance } from 'fastify';
import { AppError } from './errors.js';

/**
 * The escape `\u0000` after an even number of backslashes: a NUL character in a JSON string (a raw
 * NUL is not valid JSON at all). PostgreSQL cannot store one in text, so it is refused up front on
 * both databases, before any field sees it.
 */
const ESCAPED_NUL = /(?<!\\)(?:\\\\)*\\u0000/;

/**
 * Bodies are JSON and nothing else (others get 415). An empty body is allowed — actions such as
 * logout take none — and malformed JSON is a 400 in the contract's shape, not Fastify's.
 */
export function registerJsonBodyParser(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text.trim() === '') return done(null, undefined);
    if (ESCAPED_NUL.test(text)) {
      const message = 'Text may not contain NUL characters.';
      return done(new AppError('validation_error', message, { non_field_errors: [message] }), undefined);
    }
    try {
      done(null, JSON.parse(text) as unknown);
    } catch {
      done(
        new AppError('validation_error', 'Malformed JSON body.', { non_field_errors: ['Malformed JSON body.'] }),
        undefined,
      );
    }
  });
}
