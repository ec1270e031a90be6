import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bulkResultSchema,
  createCustomerBodySchema,
  customersBulkBodySchema,
  customerListQuerySchema,
  customerSchema,
  customerStatsSchema,
  idParamsSchema,
  paginated,
  replaceCustomerBodySchema,
  updateCustomerBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as customers from './customers.service.js';

const can = permissionsOf('customers');

export const customersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['customers'];

  app.get('/customers/', {
    config: can('read'),
    schema: {
      tags,
      querystring: customerListQuerySchema,
      response: { 200: paginated(customerSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await customers.listCustomers(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/customers/', {
    config: can('create'),
    schema: { tags, body: createCustomerBodySchema, response: { 201: customerSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.status(201).send(await customers.createCustomer(deps, tenantActorOf(request), request.body)),
  });

  app.post('/customers/bulk/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Assign, change the status of or delete many customers (by ids or by the list filters)',
      body: customersBulkBodySchema,
      response: { 200: bulkResultSchema, ...errorResponses },
    },
    handler: (request) => customers.bulkCustomers(deps, tenantActorOf(request), request.body),
  });

  app.get('/customers/stats/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'Totals by status and type, and new this month',
      response: { 200: customerStatsSchema, ...errorResponses },
    },
    handler: (request) => customers.customerStats(deps, tenantActorOf(request)),
  });

  app.get('/customers/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: customerSchema, ...errorResponses } },
    handler: (request) => customers.getCustomer(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/customers/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: replaceCustomerBodySchema,
      response: { 200: customerSchema, ...errorResponses },
    },
    handler: (request) => customers.updateCustomer(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/customers/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: updateCustomerBodySchema,
      response: { 200: customerSchema, ...errorResponses },
    },
    handler: (request) => customers.updateCustomer(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/customers/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await customers.deleteCustomer(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
