import type { FastifyReply, FastifyRequest, FastifyServerOptions } from 'fastify';

type LoggerConfig = Exclude<FastifyServerOptions['logger'], boolean | undefined>;

/**
 * Paths that carry a secret in the URL lose it before logging: the invitation API, and the web
 * app's accept-invitation and reset-password pages that emailed links open.
 */
const SECRET_IN_PATH = /(\/api\/invitations\/|\/accept-invitation\/|\/reset-password\/)[^/?]+/g;
const SECRET_IN_QUERY = /([?&](token|key|password)=)[^&]*/gi;

export const maskUrl = (url: string): string =>
  url.replace(SECRET_IN_PATH, '$1[redacted]').replace(SECRET_IN_QUERY, '$1[redacted]');

/**
 * Development logs (LOG_FORMAT=pretty): one line per request through pino-pretty, written by
 * `logRequestLine` instead of Fastify's two JSON lines.
 */
export const prettyTransport = {
  target: 'pino-pretty',
  options: { singleLine: true, translateTime: 'HH:MM:ss', ignore: 'pid,hostname,reqId,req,res,responseTime' },
};

export function logRequestLine(request: FastifyRequest, reply: FastifyReply): void {
  const took = reply.elapsedTime.toFixed(0);
  request.log.info(`${request.method} ${maskUrl(request.url)} → ${reply.statusCode} in ${took} ms`);
}

/**
 * Structured logs without secrets: the Authorization header, passwords and tokens anywhere in a
 * logged object are redacted, and request bodies are never logged.
 */
export function loggerOptions(level: string): LoggerConfig {
  return {
    level,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        '*.password',
        '*.new_password',
        '*.old_password',
        '*.current_password',
        '*.token',
        '*.password_hash',
        '*.key_hash',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (request: FastifyRequest) => ({
        method: request.method,
        url: maskUrl(request.url),
        remoteAddress: request.ip,
      }),
    },
  };
}
