import { z } from 'zod';
import { idFilter } from './common.js';
import { moneyOutput } from './money.js';
import { activitySchema } from './activities.js';
import { dateFilter } from './sales-common.js';

/**
 * Analytics (PRODUCT §7). Periods are local dates of the organization (`start`/`end`, inclusive);
 * a period figure compares with the same-length period just before. Percentages are numbers 0–100
 * with one decimal; a rate or a change whose denominator is zero is null.
 */
export const analyticsRangeQuerySchema = z.object({ start: dateFilter, end: dateFilter });

const change = z
  .number()
  .nullable()
  .describe('Change from the previous period in percent, one decimal; null when the previous value is zero');
export const countFigureSchema = z.object({ value: z.number().int(), previous: z.number().int(), change_pct: change });
export const moneyFigureSchema = z.object({ value: moneyOutput, previous: moneyOutput, change_pct: change });
export const rateFigureSchema = z.object({
  value: z.number().nullable(),
  previous: z.number().nullable(),
  change_pct: change,
});

export const periodSchema = z.object({ start: z.string(), end: z.string() });
const stageRef = z.object({ id: z.number().int(), name: z.string() });

export const REVENUE_PERIODS = ['day', 'week', 'month', 'quarter', 'year'] as const;
export type RevenuePeriod = (typeof REVENUE_PERIODS)[number];

export const revenuePointSchema = z.object({
  period: z.string().describe('2026-01-15, 2026-W03, 2026-01, 2026-Q1 or 2026'),
  revenue: moneyOutput,
  deals_won: z.number().int(),
  average_deal_value: moneyOutput,
});
export type RevenuePoint = z.infer<typeof revenuePointSchema>;
export const revenueByPeriodQuerySchema = analyticsRangeQuerySchema.extend({
  period: z.enum(REVENUE_PERIODS).optional(),
});
/** Every period of the range, empty ones as zero. */
export const revenueByPeriodSchema = z.array(revenuePointSchema);

export const funnelStageSchema = z.object({
  stage: stageRef,
  count: z.number().int(),
  value: moneyOutput,
  weighted_value: moneyOutput,
  current_count: z.number().int(),
  drop_off_pct: z.number().nullable(),
  value_drop_off_pct: z.number().nullable(),
});
export type FunnelStage = z.infer<typeof funnelStageSchema>;
export const salesFunnelQuerySchema = analyticsRangeQuerySchema.extend({ pipeline: idFilter });
/** Per open stage of the pipeline, in order. */
export const salesFunnelSchema = z.array(funnelStageSchema);

export const pipelineStageValueSchema = z.object({
  stage: stageRef,
  count: z.number().int(),
  value: moneyOutput,
  weighted_value: moneyOutput,
});

export const employeePerformanceSchema = z.object({
  employee: z.object({ id: z.number().int(), full_name: z.string() }),
  leads_assigned: z.number().int(),
  leads_converted: z.number().int(),
  deals_won: z.number().int(),
  deals_lost: z.number().int(),
  deals_open: z.number().int(),
  revenue: moneyOutput,
  win_rate: z.number().nullable(),
  activities_completed: z.number().int(),
});
export type EmployeePerformance = z.infer<typeof employeePerformanceSchema>;
export const employeePerformanceResponseSchema = z.array(employeePerformanceSchema);

const forecastBucket = z.object({ count: z.number().int(), value: moneyOutput, weighted_value: moneyOutput });
export const forecastMonthSchema = z.object({
  month: z.string().describe('2026-12'),
  value: moneyOutput,
  weighted_value: moneyOutput,
  forecast_at_start: moneyOutput
    .nullable()
    .describe('Weighted value forecast for the month at its start; null without a snapshot'),
  won: moneyOutput.nullable().describe('Revenue won in the month; null for months still to come'),
});
export type ForecastMonth = z.infer<typeof forecastMonthSchema>;
export const forecastSchema = z.object({
  months: z.array(forecastMonthSchema),
  overdue: forecastBucket,
  undated: forecastBucket,
});

export const dashboardSchema = z.object({
  period: periodSchema,
  new_customers: countFigureSchema,
  new_leads: countFigureSchema,
  converted_leads: countFigureSchema,
  conversion_rate: rateFigureSchema,
  deals_won: countFigureSchema,
  revenue: moneyFigureSchema,
  deals_lost: countFigureSchema,
  win_rate: rateFigureSchema,
  customers_total: z.number().int(),
  customers_active: z.number().int(),
  open_deals: z.number().int(),
  pipeline_value: moneyOutput,
  weighted_pipeline_value: moneyOutput,
  revenue_by_month: z.array(revenuePointSchema),
  funnel: z.array(funnelStageSchema),
  pipeline_by_stage: z.array(pipelineStageValueSchema),
  my_tasks: z.object({ overdue: z.number().int(), today: z.number().int() }),
  recent_activities: z.array(activitySchema),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
