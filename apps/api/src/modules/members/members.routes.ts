import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  idParamsSchema,
  memberListQuerySchema,
  memberParamsSchema,
  memberSchema,
  paginated,
  transferOwnershipBodySchema,
  transferOwnershipResponseSchema,
  updateMemberBodySchema,
} from '@crm/contracts';
import { actorOf, tenantActorOf } from '../../core/context.js';
import { errorResponses } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as members from './members.service.js';

const onMembers = (action: 'read' | 'create' | 'update') =>
  ({ permission: { resource: 'members', action, organization: 'path' } }) as const;

export const membersRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['members'];

  app.get('/organizations/:id/members/', {
    config: onMembers('read'),
    schema: {
      tags,
      summary: 'Members of the organization',
      params: idParamsSchema,
      querystring: memberListQuerySchema,
      response: { 200: paginated(memberSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await members.listMembers(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.patch('/organizations/:id/members/:user_id/', {
    config: onMembers('update'),
    schema: {
      tags,
      summary: "Change a member's role, suspend or reactivate",
      params: memberParamsSchema,
      body: updateMemberBodySchema,
      response: { 200: memberSchema, ...errorResponses },
    },
    handler: (request) => members.updateMember(deps, tenantActorOf(request), request.params.user_id, request.body),
  });

  app.delete('/organizations/:id/members/:user_id/', {
    // Leaving needs no `members` permission: the service authorises removal and leaving apart.
    config: { permission: 'authenticated' },
    schema: {
      tags,
      summary: 'Remove a member, or leave when user_id is your own',
      params: memberParamsSchema,
      response: { 204: z.null(), ...errorResponses },
    },
    handler: async (request, reply) => {
      await members.removeMember(deps, actorOf(request), request.params.id, request.params.user_id);
      return reply.status(204).send(null);
    },
  });

  app.post('/organizations/:id/transfer_ownership/', {
    config: { permission: { resource: 'organization', action: 'transfer', organization: 'path' } },
    schema: {
      tags,
      summary: 'Make another staff member Owner; the old Owner becomes Admin',
      params: idParamsSchema,
      body: transferOwnershipBodySchema,
      response: { 200: transferOwnershipResponseSchema, ...errorResponses },
    },
    handler: (request) => members.transferOwnership(deps, tenantActorOf(request), request.body.user_id),
  });
};
