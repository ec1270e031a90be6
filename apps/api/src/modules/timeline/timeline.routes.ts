import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { errorBodySchema, idParamsSchema, pageQuerySchema, paginated, timelineEntrySchema } from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { parsePage, toPage } from '../../core/pagination.js';
import { listTimeline } from './timeline.service.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

const SUBJECTS = [
  { resource: 'customers', type: 'customer' },
  { resource: 'leads', type: 'lead' },
  { resource: 'deals', type: 'deal' },
] as const;

export const timelineRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;

  for (const { resource, type } of SUBJECTS) {
    app.get(`/${resource}/:id/timeline/`, {
      config: { permission: { resource, action: 'read' } },
      schema: {
        tags: [resource],
        summary: `Activities and events of the ${type}, newest first`,
        params: idParamsSchema,
        querystring: pageQuerySchema,
        response: { 200: paginated(timelineEntrySchema), ...errors },
      },
      handler: async (request) => {
        const page = parsePage(request.query);
        const { results, count } = await listTimeline(
          deps,
          tenantActorOf(request),
          { type, id: request.params.id },
          page,
        );
        return toPage(results, count, page, deps.config.publicUrl, request.url);
      },
    });
  }
};
