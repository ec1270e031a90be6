import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  anyIssueCommentSchema,
  anyIssueSchema,
  createIssueBodySchema,
  createIssueCommentBodySchema,
  idParamsSchema,
  issueListQuerySchema,
  pageQuerySchema,
  paginated,
  replaceIssueBodySchema,
  resolveIssueBodySchema,
  updateIssueBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as issues from './issues.service.js';
import * as actions from './issue-actions.service.js';
import * as comments from './issue-comments.service.js';

const can = permissionsOf('issues');

/**
 * Support issues (PRODUCT §4, §5). Staff and Clients share the routes; a Client's answers use the
 * client schemas of the `anyIssue…` unions, which never carry staff-only fields or internal notes.
 */
export const issuesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['issues'];

  app.get('/issues/', {
    config: can('read'),
    schema: {
      tags,
      querystring: issueListQuerySchema,
      response: { 200: paginated(anyIssueSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await issues.listIssues(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/issues/', {
    config: can('create'),
    schema: {
      tags,
      summary: 'Raise an issue (staff: for a customer; a Client: for their own customer)',
      body: createIssueBodySchema,
      response: { 201: anyIssueSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await issues.createIssue(deps, tenantActorOf(request), request.body)),
  });

  app.get('/issues/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: anyIssueSchema, ...errorResponses } },
    handler: (request) => issues.getIssue(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/issues/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: replaceIssueBodySchema,
      response: { 200: anyIssueSchema, ...errorResponses },
    },
    handler: (request) => issues.updateIssue(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/issues/:id/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Change an issue; `status` moves open ↔ in_progress and resolved → closed',
      params: idParamsSchema,
      body: updateIssueBodySchema,
      response: { 200: anyIssueSchema, ...errorResponses },
    },
    handler: (request) => issues.updateIssue(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/issues/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await issues.deleteIssue(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });

  app.post('/issues/:id/resolve/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Resolve an open or in-progress issue',
      params: idParamsSchema,
      body: resolveIssueBodySchema,
      response: { 200: anyIssueSchema, ...errorResponses },
    },
    handler: (request) => actions.resolveIssue(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.post('/issues/:id/reopen/', {
    config: can('update'),
    schema: {
      tags,
      summary: 'Reopen a resolved or closed issue',
      params: idParamsSchema,
      response: { 200: anyIssueSchema, ...errorResponses },
    },
    handler: (request) => actions.reopenIssue(deps, tenantActorOf(request), request.params.id),
  });

  app.get('/issues/:id/comments/', {
    config: can('read'),
    schema: {
      tags,
      summary: "The issue's comments, oldest first (a Client never gets internal notes)",
      params: idParamsSchema,
      querystring: pageQuerySchema,
      response: { 200: paginated(anyIssueCommentSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const actor = tenantActorOf(request);
      const { results, count } = await comments.listIssueComments(deps, actor, request.params.id, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/issues/:id/comments/', {
    config: can('comment'),
    schema: {
      tags,
      params: idParamsSchema,
      body: createIssueCommentBodySchema,
      response: { 201: anyIssueCommentSchema, ...errorResponses },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await comments.addIssueComment(deps, tenantActorOf(request), request.params.id, request.body)),
  });
};
