import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform } from 'fastify-type-provider-zod';
import type { Config } from '../config.js';
import { APP_VERSION } from '../version.js';

/** The OpenAPI document is generated from the same Zod contracts that validate requests. */
export async function registerOpenApi(app: FastifyInstance, config: Config): Promise<void> {
  await app.register(swagger, {
    openapi: {
      info: {
        title: 'Too Good CRM API',
        version: APP_VERSION,
        description:
          'Authenticate with `Authorization: Token <key>` from POST /api/auth/login/. ' +
          'Pick the organization with `X-Organization-ID`. Lists are paginated as {count, next, previous, results}.',
      },
      servers: [{ url: config.publicUrl }],
      components: {
        securitySchemes: { token: { type: 'apiKey', in: 'header', name: 'Authorization' } },
      },
      security: [{ token: [] }],
    },
    transform: jsonSchemaTransform,
  });
  // Served under the app's own CSP (core/security.ts): its scripts are files, its styles inline.
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  app.get('/api/openapi.json', {
    config: { permission: 'public' },
    schema: { hide: true },
    handler: () => app.swagger(),
  });
}
