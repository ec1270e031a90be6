import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bulkResultSchema,
  leadsBulkBodySchema,
  convertLeadBodySchema,
  convertLeadResponseSchema,
  createLeadBodySchema,
  idParamsSchema,
  leadListQuerySchema,
  leadSchema,
  paginated,
  updateLeadBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as leads from './leads.service.js';

const can = permissionsOf('leads');

export const leadsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['leads'];

  app.get('/leads/', {
    config: can('read'),
    schema: { tags, querystring: leadListQuerySchema, response: { 200: paginated(leadSchema), ...errorResponses } },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await leads.listLeads(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/leads/bulk/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Assign, change the status of or delete many leads (by ids or by the list filters)',
      body: leadsBulkBodySchema,
      response: { 200: bulkResultSchema, ...errorResponses },
    },
    handler: (request) => leads.bulkLeads(deps, tenantActorOf(request), request.body),
  });

  app.post('/leads/', {
    config: can('create'),
    schema: { tags, body: createLeadBodySchema, response: { 201: leadSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.status(201).send(await leads.createLead(deps, tenantActorOf(request), request.body)),
  });

  app.get('/leads/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: leadSchema, ...errorResponses } },
    handler: (request) => leads.getLead(deps, tenantActorOf(request), request.params.id),
  });

  // PUT needs a name again, like a create; PATCH takes any subset.
  app.put('/leads/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: createLeadBodySchema,
      response: { 200: leadSchema, ...errorResponses },
    },
    handler: (request) => leads.updateLead(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/leads/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: updateLeadBodySchema,
      response: { 200: leadSchema, ...errorResponses },
    },
    handler: (request) => leads.updateLead(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/leads/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await leads.deleteLead(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/leads/:id/qualify/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Mark the lead qualified',
      params: idParamsSchema,
      response: { 200: leadSchema, ...errorResponses },
    },
    handler: (request) => leads.qualifyLead(deps, tenantActorOf(request), request.params.id),
  });

  app.post('/leads/:id/disqualify/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Mark the lead unqualified',
      params: idParamsSchema,
      response: { 200: leadSchema, ...errorResponses },
    },
    handler: (request) => leads.disqualifyLead(deps, tenantActorOf(request), request.params.id),
  });

  app.post('/leads/:id/convert/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Convert the lead into a customer, optionally with a deal',
      params: idParamsSchema,
      body: convertLeadBodySchema,
      response: { 201: convertLeadResponseSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await leads.convertLead(deps, tenantActorOf(request), request.params.id, request.body ?? {})),
  });
};
