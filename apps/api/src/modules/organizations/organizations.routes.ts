import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createOrganizationBodySchema,
  deleteOrganizationBodySchema,
  errorBodySchema,
  idParamsSchema,
  myOrganizationSchema,
  organizationSchema,
  pageQuerySchema,
  paginated,
  updateOrganizationBodySchema,
} from '@crm/contracts';
import { actorOf, tenantActorOf } from '../../core/context.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as organizations from './organizations.service.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
const byPath = (action: 'read' | 'update' | 'delete') =>
  ({ permission: { resource: 'organization', action, organization: 'path' } }) as const;

export const organizationsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['organizations'];

  app.get('/organizations/', {
    config: { permission: 'authenticated' },
    schema: {
      tags,
      summary: "The caller's organizations",
      querystring: pageQuerySchema,
      response: { 200: paginated(organizationSchema), ...errors },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await organizations.listOrganizations(deps, actorOf(request), page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/organizations/', {
    config: { permission: 'authenticated' },
    schema: {
      tags,
      summary: 'Create an organization; the caller becomes its Owner',
      body: createOrganizationBodySchema,
      response: { 201: organizationSchema, ...errors },
    },
    handler: async (request, reply) =>
      reply.status(201).send(await organizations.createOrganization(deps, actorOf(request), request.body)),
  });

  app.get('/organizations/my_organizations/', {
    config: { permission: 'authenticated' },
    schema: {
      tags,
      summary: "The caller's memberships with role and status",
      response: { 200: z.array(myOrganizationSchema), ...errors },
    },
    handler: (request) => organizations.listMyOrganizations(deps, actorOf(request).user),
  });

  app.get('/organizations/current/', {
    config: { permission: 'member' },
    schema: {
      tags,
      summary: 'The active organization (X-Organization-ID, else the default) and the role in it',
      response: { 200: myOrganizationSchema, ...errors },
    },
    handler: (request) => organizations.currentOrganization(deps, tenantActorOf(request)),
  });

  app.get('/organizations/:id/', {
    config: byPath('read'),
    schema: { tags, params: idParamsSchema, response: { 200: organizationSchema, ...errors } },
    handler: (request) => organizations.getOrganization(deps, tenantActorOf(request)),
  });

  app.patch('/organizations/:id/', {
    config: byPath('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: updateOrganizationBodySchema,
      response: { 200: organizationSchema, ...errors },
    },
    handler: (request) => organizations.updateOrganization(deps, tenantActorOf(request), request.body),
  });

  app.delete('/organizations/:id/', {
    config: byPath('delete'),
    schema: {
      tags,
      summary: 'Delete the organization and all its data (Owner; confirm with its name)',
      params: idParamsSchema,
      body: deleteOrganizationBodySchema,
      response: { 204: z.null(), ...errors },
    },
    handler: async (request, reply) => {
      await organizations.deleteOrganization(deps, tenantActorOf(request), request.body.confirm);
      return reply.status(204).send(null);
    },
  });

  app.post('/organizations/:id/switch/', {
    // Any active member may make an organization their default, clients included.
    config: { permission: 'authenticated' },
    schema: {
      tags,
      summary: "Make this the caller's default organization",
      params: idParamsSchema,
      response: { 200: myOrganizationSchema, ...errors },
    },
    handler: (request) => organizations.switchOrganization(deps, actorOf(request), request.params.id),
  });
};
