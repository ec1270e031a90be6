import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import type { FastifyReply } from 'fastify';
import type { z } from 'zod';
import {
  customerListQuerySchema,
  dealListQuerySchema,
  employeeListQuerySchema,
  errorBodySchema,
  leadListQuerySchema,
  orderListQuerySchema,
  vendorListQuerySchema,
} from '@crm/contracts';
import { tenantActorOf, type TenantActor } from '../../core/context.js';
import type { AppDeps } from '../../core/context.js';
import type { ExportTable } from '../../core/csv.js';
import { customerExport } from '../customers/customers.data.js';
import { dealExport } from '../deals/deals.data.js';
import { employeeExport } from '../employees/employees.data.js';
import { leadExport } from '../leads/leads.data.js';
import { orderExport } from '../orders/orders.data.js';
import { vendorExport } from '../vendors/vendors.data.js';
import { exportCsv, type CsvDownload } from './export.service.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema };

interface ExportSpec<Q extends z.ZodObject> {
  query: Q;
  table: (
    deps: AppDeps,
    actor: TenantActor,
    query: z.output<Q>,
  ) => ExportTable<{ id: number }> | Promise<ExportTable<{ id: number }>>;
}

/** The resources with an export, each with its list's query (the export applies the same filters). */
const EXPORTS: Record<string, ExportSpec<z.ZodObject>> = {
  customers: { query: customerListQuerySchema, table: customerExport },
  leads: { query: leadListQuerySchema, table: leadExport },
  vendors: { query: vendorListQuerySchema, table: vendorExport },
  employees: { query: employeeListQuerySchema, table: employeeExport },
  deals: { query: dealListQuerySchema, table: dealExport },
  orders: { query: orderListQuerySchema, table: orderExport },
};

const sendCsv = (reply: FastifyReply, download: CsvDownload) =>
  reply
    .header('content-type', 'text/csv; charset=utf-8')
    .header('content-disposition', `attachment; filename="${download.fileName}"`)
    .send(download.body);

export const dataRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  for (const [resource, spec] of Object.entries(EXPORTS)) {
    app.get(`/${resource}/export/`, {
      config: { permission: { resource: 'export', action: 'read' } },
      schema: {
        tags: ['import and export'],
        summary: `CSV of the ${resource} in the list's current filters and your visibility (streamed)`,
        querystring: spec.query,
        response: errors,
      },
      handler: async (request, reply) => {
        const actor = tenantActorOf(request);
        const query = request.query;
        return sendCsv(reply, await exportCsv(deps, actor, resource, query, await spec.table(deps, actor, query)));
      },
    });
  }
};
