import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  PAYMENT_ACTIONS,
  anyPaymentSchema,
  createPaymentBodySchema,
  idParamsSchema,
  paginated,
  paymentListQuerySchema,
  paymentSchema,
  replacePaymentBodySchema,
  updatePaymentBodySchema,
  type PaymentAction,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as payments from './payments.service.js';

const can = permissionsOf('payments');

/** Staff and Clients share the read routes; a Client's answers have the client shape (PRODUCT §3). */
export const paymentsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['payments'];

  app.get('/payments/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'Payments (a Client: their own)',
      querystring: paymentListQuerySchema,
      response: { 200: paginated(anyPaymentSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await payments.listPayments(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/payments/', {
    config: can('create'),
    schema: {
      tags,
      summary: 'Record a payment (pending, or completed)',
      body: createPaymentBodySchema,
      response: { 201: paymentSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await payments.createPayment(deps, tenantActorOf(request), request.body)),
  });

  app.get('/payments/:id/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'A payment',
      params: idParamsSchema,
      response: { 200: anyPaymentSchema, ...errorResponses },
    },
    handler: (request) => payments.getPayment(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/payments/:id/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Replace a payment (never its status)',
      params: idParamsSchema,
      body: replacePaymentBodySchema,
      response: { 200: paymentSchema, ...errorResponses },
    },
    handler: (request) => payments.updatePayment(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/payments/:id/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Change a payment (never its status)',
      params: idParamsSchema,
      body: updatePaymentBodySchema,
      response: { 200: paymentSchema, ...errorResponses },
    },
    handler: (request) => payments.updatePayment(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/payments/:id/', {
    config: can('delete'),
    schema: {
      tags,
      summary: 'Delete a payment that is not completed',
      params: idParamsSchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await payments.deletePayment(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  for (const action of Object.keys(PAYMENT_ACTIONS) as PaymentAction[]) {
    const { from, to } = PAYMENT_ACTIONS[action];
    app.post(`/payments/:id/${action}/`, {
      config: can('update'),
      schema: {
        tags,
        summary: `${from.join(' or ')} → ${to}`,
        params: idParamsSchema,
        response: { 200: paymentSchema, ...errorResponses },
      },
      handler: (request) => payments.paymentAction(deps, tenantActorOf(request), request.params.id, action),
    });
  }
};
