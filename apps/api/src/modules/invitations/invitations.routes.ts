import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  acceptInvitationBodySchema,
  addMemberBodySchema,
  acceptInvitationResponseSchema,
  createdInvitationSchema,
  createInvitationBodySchema,
  errorBodySchema,
  idParamsSchema,
  invitationListQuerySchema,
  invitationParamsSchema,
  invitationPreviewSchema,
  invitationSchema,
  invitationTokenParamsSchema,
  inviteToPortalBodySchema,
  paginated,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { AppError } from '../../core/errors.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as invitations from './invitations.service.js';
import { acceptInvitation } from './acceptance.service.js';

const errors = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  503: errorBodySchema,
};
const onMembers = (action: 'read' | 'create' | 'delete') =>
  ({ permission: { resource: 'members', action, organization: 'path' } }) as const;

export const invitationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['invitations'];

  app.post('/organizations/:id/invitations/', {
    config: onMembers('create'),
    schema: {
      tags,
      summary: 'Invite someone by email (the only answer that shows the link)',
      params: idParamsSchema,
      body: createInvitationBodySchema,
      response: { 201: createdInvitationSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await invitations.createInvitation(deps, tenantActorOf(request), request.body, request.log)),
  });

  app.post('/organizations/:id/add_member/', {
    config: onMembers('create'),
    schema: {
      tags,
      summary: 'Invite someone as staff (an alias of creating an invitation: they join by accepting)',
      params: idParamsSchema,
      body: addMemberBodySchema,
      response: { 201: createdInvitationSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(await invitations.createInvitation(deps, tenantActorOf(request), request.body, request.log)),
  });

  app.get('/organizations/:id/invitations/', {
    config: onMembers('read'),
    schema: {
      tags,
      summary: 'Pending invitations',
      params: idParamsSchema,
      querystring: invitationListQuerySchema,
      response: { 200: paginated(invitationSchema), ...errors },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await invitations.listInvitations(deps, tenantActorOf(request), page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.delete('/organizations/:id/invitations/:invitation_id/', {
    config: onMembers('delete'),
    schema: {
      tags,
      summary: 'Revoke a pending invitation',
      params: invitationParamsSchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await invitations.revokeInvitation(deps, tenantActorOf(request), request.params.invitation_id);
      return reply.status(204).send(null);
    },
  });

  app.post('/customers/:id/invite_to_portal/', {
    // A portal login is a membership: members:create (Owner, Admin), never a customer editor's call.
    config: { permission: { resource: 'members', action: 'create' } },
    schema: {
      tags,
      summary: "Invite a customer to the client portal (the customer's email by default)",
      params: idParamsSchema,
      body: inviteToPortalBodySchema,
      response: { 201: createdInvitationSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply
        .status(201)
        .send(
          await invitations.inviteToPortal(deps, tenantActorOf(request), request.params.id, request.body, request.log),
        ),
  });

  app.get('/invitations/:token/', {
    config: { permission: 'public' },
    schema: {
      tags,
      summary: 'What an invitation offers, for the accept page',
      params: invitationTokenParamsSchema,
      response: { 200: invitationPreviewSchema, ...errors },
    },
    handler: (request) => invitations.previewInvitation(deps, request.params.token),
  });

  app.post('/invitations/:token/accept/', {
    // Public: a new account accepts with a username and password; a signed-in one with its token.
    config: { permission: 'public' },
    schema: {
      tags,
      summary: 'Accept as the signed-in user, or create the account',
      params: invitationTokenParamsSchema,
      body: acceptInvitationBodySchema,
      response: { 200: acceptInvitationResponseSchema, ...errors },
    },
    handler: async (request) => {
      // A stale token must not silently turn into "create a new account".
      if (request.headers.authorization !== undefined && !request.auth) throw new AppError('invalid_token');
      return acceptInvitation(deps, request.params.token, request.auth, request.body ?? {}, request.ip);
    },
  });
};
