import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createPipelineBodySchema,
  createStageBodySchema,
  deleteStageQuerySchema,
  idParamsSchema,
  pageQuerySchema,
  paginated,
  pipelineSchema,
  reorderStagesBodySchema,
  stageParamsSchema,
  stageSchema,
  updatePipelineBodySchema,
  updateStageBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as pipelines from './pipelines.service.js';

const can = permissionsOf('pipelines');

export const pipelinesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['pipelines'];

  app.get('/pipelines/', {
    config: can('read'),
    schema: { tags, querystring: pageQuerySchema, response: { 200: paginated(pipelineSchema), ...errorResponses } },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await pipelines.listPipelines(deps, tenantActorOf(request), page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/pipelines/', {
    config: can('create'),
    schema: {
      tags,
      summary: 'Create a pipeline; its won and lost stages are added',
      body: createPipelineBodySchema,
      response: { 201: pipelineSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await pipelines.createPipeline(deps, tenantActorOf(request), request.body)),
  });

  app.get('/pipelines/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: pipelineSchema, ...errorResponses } },
    handler: (request) => pipelines.getPipeline(deps, tenantActorOf(request), request.params.id),
  });

  for (const [method, body] of [
    ['PUT', updatePipelineBodySchema.required({ name: true })],
    ['PATCH', updatePipelineBodySchema],
  ] as const) {
    app.route({
      method,
      url: '/pipelines/:id/',
      config: can('update'),
      schema: { tags, params: idParamsSchema, body, response: { 200: pipelineSchema, ...errorResponses } },
      handler: (request) => pipelines.updatePipeline(deps, tenantActorOf(request), request.params.id, request.body),
    });
  }

  app.delete('/pipelines/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await pipelines.deletePipeline(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.get('/pipelines/:id/stages/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: z.array(stageSchema), ...errorResponses } },
    handler: (request) => pipelines.listStages(deps, tenantActorOf(request), request.params.id),
  });

  app.post('/pipelines/:id/stages/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Add an open stage',
      params: idParamsSchema,
      body: createStageBodySchema,
      response: { 201: stageSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await pipelines.createStage(deps, tenantActorOf(request), request.params.id, request.body)),
  });

  app.post('/pipelines/:id/stages/reorder/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Set the order of every stage',
      params: idParamsSchema,
      body: reorderStagesBodySchema,
      response: { 200: z.array(stageSchema), ...errorResponses },
    },
    handler: (request) =>
      pipelines.reorderStages(deps, tenantActorOf(request), request.params.id, request.body.stage_ids),
  });

  app.get('/pipelines/:id/stages/:stage_id/', {
    config: can('read'),
    schema: { tags, params: stageParamsSchema, response: { 200: stageSchema, ...errorResponses } },
    handler: (request) => pipelines.getStage(deps, tenantActorOf(request), request.params.id, request.params.stage_id),
  });

  app.patch('/pipelines/:id/stages/:stage_id/', {
    config: can('update'),
    schema: {
      tags,
      params: stageParamsSchema,
      body: updateStageBodySchema,
      response: { 200: stageSchema, ...errorResponses },
    },
    handler: (request) =>
      pipelines.updateStage(deps, tenantActorOf(request), request.params.id, request.params.stage_id, request.body),
  });

  app.delete('/pipelines/:id/stages/:stage_id/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Delete a stage; ?move_to= moves its deals',
      params: stageParamsSchema,
      querystring: deleteStageQuerySchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await pipelines.deleteStage(
        deps,
        tenantActorOf(request),
        request.params.id,
        request.params.stage_id,
        request.query.move_to,
      );
      return reply.status(204).send(null);
    },
  });
};
