import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createVendorBodySchema,
  idParamsSchema,
  paginated,
  replaceVendorBodySchema,
  updateVendorBodySchema,
  vendorListQuerySchema,
  vendorSchema,
  vendorStatsSchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as vendors from './vendors.service.js';

const can = permissionsOf('vendors');

export const vendorsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['vendors'];

  app.get('/vendors/', {
    config: can('read'),
    schema: { tags, querystring: vendorListQuerySchema, response: { 200: paginated(vendorSchema), ...errorResponses } },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await vendors.listVendors(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/vendors/', {
    config: can('create'),
    schema: { tags, body: createVendorBodySchema, response: { 201: vendorSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.status(201).send(await vendors.createVendor(deps, tenantActorOf(request), request.body)),
  });

  app.get('/vendors/stats/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'Totals by status and vendor type, and new this month',
      response: { 200: vendorStatsSchema, ...errorResponses },
    },
    handler: (request) => vendors.vendorStats(deps, tenantActorOf(request)),
  });

  app.get('/vendors/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: vendorSchema, ...errorResponses } },
    handler: (request) => vendors.getVendor(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/vendors/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: replaceVendorBodySchema,
      response: { 200: vendorSchema, ...errorResponses },
    },
    handler: (request) => vendors.updateVendor(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/vendors/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: updateVendorBodySchema,
      response: { 200: vendorSchema, ...errorResponses },
    },
    handler: (request) => vendors.updateVendor(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/vendors/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await vendors.deleteVendor(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
