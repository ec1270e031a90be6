import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  anyOrderSchema,
  createOrderBodySchema,
  idParamsSchema,
  orderListQuerySchema,
  orderSchema,
  orderSummaryQuerySchema,
  orderSummarySchema,
  paginated,
  replaceOrderBodySchema,
  updateOrderBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as orders from './orders.service.js';

const can = permissionsOf('orders');

/** Staff and Clients share the read routes; a Client's answers have the client shape (PRODUCT §3). */
export const ordersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['orders'];

  app.get('/orders/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'Orders (a Client: their own)',
      querystring: orderListQuerySchema,
      response: { 200: paginated(anyOrderSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await orders.listOrders(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/orders/', {
    config: can('create'),
    schema: {
      tags,
      summary: 'Create an order (draft) with its items',
      body: createOrderBodySchema,
      response: { 201: orderSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await orders.createOrder(deps, tenantActorOf(request), request.body)),
  });

  app.get('/orders/summary/', {
    config: can('read'),
    schema: {
      tags,
      summary: "A customer's balance over its orders (a Client: their own, without ?customer=)",
      querystring: orderSummaryQuerySchema,
      response: { 200: orderSummarySchema, ...errorResponses },
    },
    handler: (request) => orders.orderSummary(deps, tenantActorOf(request), request.query.customer),
  });

  app.get('/orders/:id/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'An order with its items, amount paid and balance',
      params: idParamsSchema,
      response: { 200: anyOrderSchema, ...errorResponses },
    },
    handler: (request) => orders.getOrder(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/orders/:id/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Replace an order (items only while draft or pending)',
      params: idParamsSchema,
      body: replaceOrderBodySchema,
      response: { 200: orderSchema, ...errorResponses },
    },
    handler: (request) => orders.updateOrder(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/orders/:id/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Change an order; {status} moves one step along the path or to cancelled',
      params: idParamsSchema,
      body: updateOrderBodySchema,
      response: { 200: orderSchema, ...errorResponses },
    },
    handler: (request) => orders.updateOrder(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/orders/:id/', {
    config: can('delete'),
    schema: {
      tags,
      summary: 'Delete an order without payments',
      params: idParamsSchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await orders.deleteOrder(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
