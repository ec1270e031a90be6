import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import {
  analyticsRangeQuerySchema,
  dashboardSchema,
  employeePerformanceResponseSchema,
  errorBodySchema,
  forecastSchema,
  revenueByPeriodQuerySchema,
  revenueByPeriodSchema,
  salesFunnelQuerySchema,
  salesFunnelSchema,
} from '@crm/contracts';
import { tenantActorOf } from '../../core/context.js';
import * as analytics from './analytics.service.js';

const errors = { 400: errorBodySchema, 401: errorBodySchema, 403: errorBodySchema, 404: errorBodySchema };
/** The dashboard and one's own performance for every staff role; the team's figures for Managers and up. */
const can = (action: 'read' | 'read_team') => ({ permission: { resource: 'analytics', action } }) as const;

export const analyticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { deps } = app;
  const tags = ['analytics'];

  app.get('/analytics/dashboard/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'Everything the dashboard draws, for the period (default: this month)',
      querystring: analyticsRangeQuerySchema,
      response: { 200: dashboardSchema, ...errors },
    },
    handler: (request) => analytics.dashboard(deps, tenantActorOf(request), request.query.start, request.query.end),
  });

  app.get('/analytics/sales_funnel/', {
    config: can('read_team'),
    schema: {
      tags,
      summary: 'Per open stage: deals that reached it, the current count and the drop-off',
      querystring: salesFunnelQuerySchema,
      response: { 200: salesFunnelSchema, ...errors },
    },
    handler: (request) =>
      analytics.salesFunnel(
        deps,
        tenantActorOf(request),
        request.query.pipeline,
        request.query.start,
        request.query.end,
      ),
  });

  app.get('/analytics/revenue_by_period/', {
    config: can('read_team'),
    schema: {
      tags,
      summary: 'Won revenue per day, week, month, quarter or year',
      querystring: revenueByPeriodQuerySchema,
      response: { 200: revenueByPeriodSchema, ...errors },
    },
    handler: (request) =>
      analytics.revenueByPeriod(
        deps,
        tenantActorOf(request),
        request.query.period ?? 'month',
        request.query.start,
        request.query.end,
      ),
  });

  app.get('/analytics/employee_performance/', {
    config: can('read'),
    schema: {
      tags,
      summary: 'Per employee (an Employee: themself)',
      querystring: analyticsRangeQuerySchema,
      response: { 200: employeePerformanceResponseSchema, ...errors },
    },
    handler: (request) =>
      analytics.employeePerformance(deps, tenantActorOf(request), request.query.start, request.query.end),
  });

  app.get('/analytics/forecast/', {
    config: can('read_team'),
    schema: {
      tags,
      summary: 'Open deals by expected close month, with what each past month started with and won',
      querystring: analyticsRangeQuerySchema,
      response: { 200: forecastSchema, ...errors },
    },
    handler: (request) => analytics.forecast(deps, tenantActorOf(request), request.query.start, request.query.end),
  });
};
