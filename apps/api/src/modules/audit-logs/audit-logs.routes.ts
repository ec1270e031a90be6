import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { auditLogEntrySchema, auditLogListQuerySchema, errorBodySchema, paginated } from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import { parsePage, toPage } from '../../core/pagination.js';
import * as auditLogs from './audit-logs.service.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };

export const auditLogsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;

  app.get('/audit-logs/', {
    config: { permission: { resource: 'audit_log', action: 'read' } },
    schema: {
      tags: ['audit-logs'],
      summary: "The active organization's audit trail, newest first",
      querystring: auditLogListQuerySchema,
      response: { 200: paginated(auditLogEntrySchema), ...errors },
    },
    handler: async (request) => {
      const page = parsePage(request.query);
      const { results, count } = await auditLogs.listAuditLogs(deps, tenantActorOf(request), request.query, page);
      return toPage(results, count, page, deps.config.publicUrl, request.url);
    },
  });
};
