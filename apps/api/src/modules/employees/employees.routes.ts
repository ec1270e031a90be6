import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  createEmployeeBodySchema,
  employeeListQuerySchema,
  employeeSchema,
  idParamsSchema,
  paginated,
  replaceEmployeeBodySchema,
  updateEmployeeBodySchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { errorResponses, permissionsOf } from '../../core/route-kit.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as employees from './employees.service.js';

const can = permissionsOf('employees');

export const employeesRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['employees'];

  app.get('/employees/', {
    config: can('read'),
    schema: {
      tags,
      querystring: employeeListQuerySchema,
      response: { 200: paginated(employeeSchema), ...errorResponses },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await employees.listEmployees(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });

  app.post('/employees/', {
    config: can('create'),
    schema: { tags, body: createEmployeeBodySchema, response: { 201: employeeSchema, ...errorResponses } },
    handler: async (request, reply) =>
      reply.status(201).send(await employees.createEmployee(deps, tenantActorOf(request), request.body)),
  });

  // Any active member, whatever the role: the web app's "assign to me" needs the caller's own id.
  app.get('/employees/me/', {
    config: { permission: 'member' },
    schema: {
      tags,
      summary: "The caller's employee record in the active organization",
      response: { 200: employeeSchema, ...errorResponses },
    },
    handler: (request) => employees.getMyEmployee(deps, tenantActorOf(request)),
  });

  app.get('/employees/:id/', {
    config: can('read'),
    schema: { tags, params: idParamsSchema, response: { 200: employeeSchema, ...errorResponses } },
    handler: (request) => employees.getEmployee(deps, tenantActorOf(request), request.params.id),
  });

  app.put('/employees/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: replaceEmployeeBodySchema,
      response: { 200: employeeSchema, ...errorResponses },
    },
    handler: (request) => employees.updateEmployee(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.patch('/employees/:id/', {
    config: can('update'),
    schema: {
      tags,
      params: idParamsSchema,
      body: updateEmployeeBodySchema,
      response: { 200: employeeSchema, ...errorResponses },
    },
    handler: (request) => employees.updateEmployee(deps, tenantActorOf(request), request.params.id, request.body),
  });

  app.delete('/employees/:id/', {
    config: can('delete'),
    schema: { tags, params: idParamsSchema, response: { 204: z.null(), ...errorResponses } },
    handler: async (request, reply) => {
      await employees.deleteEmployee(deps, tenantActorOf(request), request.params.id);
      return reply.status(204).send(null);
    },
  });
};
