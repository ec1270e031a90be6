import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { healthSchema } from '@crm/contracts';
import { checkHealth } from './health.service.js';

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/health/', {
    config: { permission: 'public' },
    schema: {
      tags: ['platform'],
      summary: 'Liveness and database check',
      response: { 200: healthSchema, 503: healthSchema },
    },
    handler: async (_request, reply) => {
      const health = await checkHealth(app.deps);
      return reply.status(health.status === 'ok' ? 200 : 503).send(health);
    },
  });
};
