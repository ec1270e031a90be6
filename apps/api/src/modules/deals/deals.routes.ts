import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  bulkResultSchema,
  dealsBulkBodySchema,
  boardQuerySchema,
  boardSchema,
  createDealBodySchema,
  dealListQuerySchema,
  dealSchema,
  idParamsSchema,
  markLostBodySchema,
  moveStageBodySchema,
  paginated,
  replaceDealBodySchema,
  stageHistoryEntrySchema,
  updateDealBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as deals from './deals.service.js';
import { getBoard } from './board.service.js';

const can = permissionsOf('deals');

export const dealsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['deals'];

  app.get('/deals/', {
    config: can('read'),
    schema: { tags, querystring: dealListQuerySchema, response: { 200: paginated(dealSchema), ...errorResponses } },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await deals.listDeals(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/deals/bulk/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Assign, move to a stage or delete many deals (by ids or by the list filters)',
      body: dealsBulkBodySchema,
      response: { 200: bulkResultSchema, ...errorResponses },
    },
    handler: (request) => deals.bulkDeals(deps, tenantActorOf(request), request.body),
  });

  app.post('/deals/', {
    config: can('create'),
    schema: {
      tags,
      summary: 'Create a deal (default pipeline and its first stage unless given)',
      body: createDealBodySchema,
      response: { 201: dealSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await deals.createDeal(deps, tenantActorOf(request), request.body)),
  });

  app.get('/deals/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: dealSchema, ...errorResponses } },
    handler: (request) => deals.getDeal(deps, tenantActorOf(request), request.params.id),
  });

  for (const [method, body] of [
    ['PUT', replaceDealBodySchema],
    ['PATCH', updateDealBodySchema],
  ] as const) {
    app.route({
      method,
      url: '/deals/:id/',
      config: can('update'),
      schema: {
        tags,
        summary: 'Update a deal (stage changes go through the actions)',
        params: idParamsSchema,
        body,
        response: { 200: dealSchema, ...errorResponses },
      },
      handler: (request) => deals.updateDeal(deps, tenantActorOf(request), request.params.id, request.body),
    });
  }

  app.delete('/deals/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await deals.deleteDeal(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/deals/:id/move_stage/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: moveStageBodySchema,
      response: { 200: dealSchema, ...errorResponses },
    },
    handler: (request) => deals.moveStage(deps, tenantActorOf(request), request.params.id, request.body.stage_id),
  });

  app.post('/deals/:id/mark_won/', {
    config: can('update'),
    schema: { tags, params: idParamsSchema, response: { 200: dealSchema, ...errorResponses } },
    handler: (request) => deals.markWon(deps, tenantActorOf(request), request.params.id),
  });

  app.post('/deals/:id/mark_lost/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: markLostBodySchema,
      response: { 200: dealSchema, ...errorResponses },
    },
    handler: (request) => deals.markLost(deps, tenantActorOf(request), request.params.id, request.body?.lost_reason),
  });

  app.post('/deals/:id/reopen/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Back to the last open stage the deal was in',
      params: idParamsSchema,
      response: { 200: dealSchema, ...errorResponses },
    },
    handler: (request) => deals.reopen(deps, tenantActorOf(request), request.params.id),
  });

  app.get('/deals/:id/stage_history/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: z.array(stageHistoryEntrySchema), ...errorResponses } },
    handler: (request) => deals.stageHistory(deps, tenantActorOf(request), request.params.id),
  });

  app.get('/pipelines/:id/board/', {
    config: can('read'),
    schema: {
      tags: ['pipelines', 'deals'],
      summary: 'Kanban board: per stage count, totals and the first 50 deals',
      params: idParamsSchema,
      querystring: boardQuerySchema,
      response: { 200: boardSchema, ...errorResponses },
    },
    handler: (request) => getBoard(deps, tenantActorOf(request), request.params.id, request.query),
  });
};
