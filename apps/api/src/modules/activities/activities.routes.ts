import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  activityListQuerySchema,
  activitySchema,
  createActivityBodySchema,
  idParamsSchema,
  paginated,
  replaceActivityBodySchema,
  updateActivityBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as activities from './activities.service.js';

const can = permissionsOf('activities');

// PUT needs the required fields again, like a create; the link stays fixed, so it is not one of them.

export const activitiesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['activities'];

  app.get('/activities/', {
    config: can('read'),
    schema: {
      tags,
      querystring: activityListQuerySchema,
      response: { 200: paginated(activitySchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await activities.listActivities(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/activities/', {
    config: can('create'),
    schema: { tags, body: createActivityBodySchema, response: { 201: activitySchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.status(201).send(await activities.createActivity(deps, tenantActorOf(request), request.body)),
  });

  app.get('/activities/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: activitySchema, ...errorResponses } },
    handler: (request) => activities.getActivity(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/activities/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: replaceActivityBodySchema,
      response: { 200: activitySchema, ...errorResponses },
    },
    handler: (request) => activities.updateActivity(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/activities/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: updateActivityBodySchema,
      response: { 200: activitySchema, ...errorResponses },
    },
    handler: (request) => activities.updateActivity(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.post('/activities/:id/complete/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Mark the activity done (409 when it already is)',
      params: idParamsSchema,
      response: { 200: activitySchema, ...errorResponses },
    },
    handler: (request) => activities.completeActivity(deps, tenantActorOf(request), request.params.id),
  });

  app.delete('/activities/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await activities.deleteActivity(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
