import {
  formatMoney,
  type Dashboard,
  type EmployeePerformance,
  type FunnelStage,
  type RevenuePeriod,
  type RevenuePoint,
  type forecastSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { fieldError, notFound } from '../../core/errors.js';
import { addDays, addMonths, localDate, startOfLocalDay } from '../../core/periods.js';
import { currentTime, nowIso } from '../../core/time.js';
import { unrestricted, viewerOf } from '../../core/visibility.js';
import { myTaskCounts, recentActivities } from '../activities/activities.service.js';
import { findPipelineWithStages } from '../pipelines/pipelines.service.js';
import { analyticsRepository, type AnalyticsViewers, type Bucket, type Range } from './analytics.repository.js';
import { periodBuckets } from './periods.js';

/** A period of local dates (inclusive) and the UTC instants it spans. */
interface Period extends Range {
  start: string;
  end: string;
}

const repo = (deps: AppDeps) => analyticsRepository(deps.db.kysely, deps.db.dialect);
const viewersOf = (actor: TenantActor): AnalyticsViewers => ({
  customers: viewerOf(actor, 'customers'),
  leads: viewerOf(actor, 'leads'),
  deals: viewerOf(actor, 'deals'),
  activities: viewerOf(actor, 'activities'),
});
const today = (timeZone: string) => localDate(new Date(currentTime()), timeZone);

const toPeriod = (start: string, end: string, timeZone: string): Period => ({
  start,
  end,
  from: startOfLocalDay(start, timeZone),
  until: startOfLocalDay(addDays(end, 1), timeZone),
});

const daysBetween = (start: string, end: string) =>
  Math.round((Date.parse(`${end}T00:00:00Z`) - Date.parse(`${start}T00:00:00Z`)) / 86_400_000);

/** `start`/`end` of a request (default: the current local month); end before start is a 400. */
export function resolvePeriod(timeZone: string, start?: string, end?: string): Period {
  const monthStart = `${today(timeZone).slice(0, 8)}01`;
  const from = start ?? monthStart;
  const to = end ?? addDays(addMonths(from, 1), -1);
  if (daysBetween(from, to) < 0) throw fieldError('end', 'The end date comes before the start date.');
  return toPeriod(from, to, timeZone);
}

/** The same-length period just before (PRODUCT §7). */
function previousPeriod(period: Period, timeZone: string): Period {
  const length = daysBetween(period.start, period.end) + 1;
  return toPeriod(addDays(period.start, -length), addDays(period.start, -1), timeZone);
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;
/** A rate or growth in percent with one decimal; null when its denominator is zero. */
const percent = (part: number, whole: number): number | null => (whole === 0 ? null : oneDecimal((part / whole) * 100));
const growth = (value: number | null, previous: number | null): number | null =>
  value === null || previous === null ? null : percent(value - previous, previous);

const countFigure = (value: number, previous: number) => ({ value, previous, change_pct: growth(value, previous) });
const moneyFigure = (value: number, previous: number) => ({
  value: formatMoney(value),
  previous: formatMoney(previous),
  change_pct: growth(value, previous),
});
const rateFigure = (value: number | null, previous: number | null) => ({
  value,
  previous,
  change_pct: growth(value, previous),
});

const toPoint = (row: { label: string; deals_won: number; revenue: number }): RevenuePoint => ({
  period: row.label,
  revenue: formatMoney(row.revenue),
  deals_won: row.deals_won,
  // Integer division of minor units, half up: the average never goes through a float.
  average_deal_value: formatMoney(
    row.deals_won === 0 ? 0 : Math.floor((2 * row.revenue + row.deals_won) / (2 * row.deals_won)),
  ),
});

export async function revenueByPeriod(
  deps: AppDeps,
  actor: TenantActor,
  granularity: RevenuePeriod,
  start?: string,
  end?: string,
): Promise<RevenuePoint[]> {
  const period = resolvePeriod(actor.tenant.timeZone, start, end);
  const buckets = periodBuckets(granularity, period.start, period.end, actor.tenant.timeZone);
  return (await repo(deps).wonByBucket(viewerOf(actor, 'deals'), buckets)).map(toPoint);
}

/** The last 12 months, this one included, whole months. */
function lastTwelveMonths(timeZone: string): Bucket[] {
  const first = addMonths(today(timeZone), -11);
  return periodBuckets('month', first, addDays(addMonths(today(timeZone), 1), -1), timeZone);
}

async function pipelineOf(deps: AppDeps, actor: TenantActor, pipelineId: number | undefined) {
  const found = await findPipelineWithStages(deps.db.kysely, actor.tenant.organizationId, pipelineId);
  if (!found)
    throw pipelineId === undefined
      ? notFound('This organization has no pipeline.')
      : fieldError('pipeline', `Invalid pk "${pipelineId}" - object does not exist.`);
  return found.pipeline;
}

export async function salesFunnel(
  deps: AppDeps,
  actor: TenantActor,
  pipelineId: number | undefined,
  start?: string,
  end?: string,
): Promise<FunnelStage[]> {
  const period = resolvePeriod(actor.tenant.timeZone, start, end);
  const pipeline = await pipelineOf(deps, actor, pipelineId);
  const stages = await repo(deps).funnel(viewerOf(actor, 'deals'), pipeline.id, period);
  return stages.map((stage, i) => {
    const before = stages[i - 1];
    return {
      stage: { id: stage.id, name: stage.name },
      count: stage.count,
      value: formatMoney(stage.value),
      weighted_value: formatMoney(stage.weighted_value),
      current_count: stage.current_count,
      drop_off_pct: before ? percent(before.count - stage.count, before.count) : null,
      value_drop_off_pct: before ? percent(before.value - stage.value, before.value) : null,
    };
  });
}

export async function employeePerformance(
  deps: AppDeps,
  actor: TenantActor,
  start?: string,
  end?: string,
): Promise<EmployeePerformance[]> {
  const period = resolvePeriod(actor.tenant.timeZone, start, end);
  const viewers = viewersOf(actor);
  // An Employee gets their own performance only, whatever the organization's visibility setting.
  const people = actor.tenant.role === 'employee' ? { ...viewers.deals, scope: 'own' as const } : viewers.deals;
  const rows = await repo(deps).employeePerformance(viewers, people, period);
  return rows.map((r) => ({
    employee: { id: r.id, full_name: r.full_name },
    leads_assigned: r.leads_assigned,
    leads_converted: r.leads_converted,
    deals_won: r.deals_won,
    deals_lost: r.deals_lost,
    deals_open: r.deals_open,
    revenue: formatMoney(r.revenue),
    win_rate: percent(r.deals_won, r.deals_won + r.deals_lost),
    activities_completed: r.activities_completed,
  }));
}

/** Months as buckets of dates, for expected close dates: the first of each month to the next. */
function monthsOfDates(first: string, last: string): Bucket[] {
  const buckets: Bucket[] = [];
  for (let month = `${first.slice(0, 8)}01`; month <= last; month = addMonths(month, 1)) {
    buckets.push({ label: month.slice(0, 7), from: month, until: addMonths(month, 1) });
  }
  return buckets;
}

/**
 * The first forecast request of the organization's day keeps a snapshot of the month table (this
 * month and the next 11, every open deal), so past months can show what they started with.
 */
async function snapshotOnceADay(deps: AppDeps, actor: TenantActor): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  const day = today(actor.tenant.timeZone);
  if (await repo(deps).hasSnapshot(organizationId, day)) return;
  const months = monthsOfDates(day, addDays(addMonths(day, 12), -1));
  const table = await repo(deps).forecast(unrestricted(organizationId), months, day);
  await repo(deps).saveSnapshot(
    organizationId,
    day,
    table.months.map((m) => ({ month: m.label, count: m.count, value: m.value, weighted_value: m.weighted_value })),
    nowIso(),
  );
}

export async function forecast(
  deps: AppDeps,
  actor: TenantActor,
  start?: string,
  end?: string,
): Promise<z.output<typeof forecastSchema>> {
  const timeZone = actor.tenant.timeZone;
  const day = today(timeZone);
  const first = start ?? day;
  const last = end ?? addDays(addMonths(first, 12), -1);
  if (daysBetween(first, last) < 0) throw fieldError('end', 'The end date comes before the start date.');
  await snapshotOnceADay(deps, actor);
  const months = monthsOfDates(first, last);
  if (months.length > 120) throw fieldError('end', 'Ask for at most 120 months.');
  const deals = viewerOf(actor, 'deals');
  const table = await repo(deps).forecast(deals, months, day);
  const thisMonth = day.slice(0, 7);
  const past = months.filter((m) => m.label <= thisMonth);
  const won = new Map(
    (
      await repo(deps).wonByBucket(
        deals,
        past.map((m) => ({
          label: m.label,
          from: startOfLocalDay(m.from, timeZone),
          until: startOfLocalDay(m.until, timeZone),
        })),
      )
    ).map((w) => [w.label, w.revenue]),
  );
  // Snapshots hold every deal of the organization: only a caller who sees all of them may compare.
  const atStart =
    deals.scope === 'all'
      ? await repo(deps).forecastAtStart(
          actor.tenant.organizationId,
          past.map((m) => m.label),
        )
      : new Map<string, number>();
  const bucket = (b: { count: number; value: number; weighted_value: number }) => ({
    count: b.count,
    value: formatMoney(b.value),
    weighted_value: formatMoney(b.weighted_value),
  });
  return {
    months: table.months.map((m) => {
      const started = atStart.get(m.label);
      const wonInMonth = won.get(m.label);
      return {
        month: m.label,
        value: formatMoney(m.value),
        weighted_value: formatMoney(m.weighted_value),
        forecast_at_start: started === undefined ? null : formatMoney(started),
        won: wonInMonth === undefined ? null : formatMoney(wonInMonth),
      };
    }),
    overdue: bucket(table.overdue),
    undated: bucket(table.undated),
  };
}

/** Everything the dashboard page draws, in one answer (PRODUCT §7). */
export async function dashboard(deps: AppDeps, actor: TenantActor, start?: string, end?: string): Promise<Dashboard> {
  const timeZone = actor.tenant.timeZone;
  const period = resolvePeriod(timeZone, start, end);
  const viewers = viewersOf(actor);
  const analytics = repo(deps);
  await snapshotOnceADay(deps, actor);
  const pipeline = await findPipelineWithStages(deps.db.kysely, actor.tenant.organizationId, undefined);
  const [current, previous, stock, months, funnel, byStage, tasks, recent] = await Promise.all([
    analytics.periodFigures(viewers, period),
    analytics.periodFigures(viewers, previousPeriod(period, timeZone)),
    analytics.stock(viewers),
    analytics.wonByBucket(viewers.deals, lastTwelveMonths(timeZone)),
    pipeline ? salesFunnel(deps, actor, pipeline.pipeline.id, period.start, period.end) : Promise.resolve([]),
    pipeline ? analytics.pipelineByStage(viewers.deals, pipeline.pipeline.id) : Promise.resolve([]),
    myTaskCounts(deps, actor),
    recentActivities(deps, actor, 10),
  ]);
  const conversion = (p: typeof current) => percent(p.converted_leads, p.new_leads);
  const winRate = (p: typeof current) => percent(p.deals_won, p.deals_won + p.deals_lost);
  return {
    period: { start: period.start, end: period.end },
    new_customers: countFigure(current.new_customers, previous.new_customers),
    new_leads: countFigure(current.new_leads, previous.new_leads),
    converted_leads: countFigure(current.converted_leads, previous.converted_leads),
    conversion_rate: rateFigure(conversion(current), conversion(previous)),
    deals_won: countFigure(current.deals_won, previous.deals_won),
    revenue: moneyFigure(current.revenue, previous.revenue),
    deals_lost: countFigure(current.deals_lost, previous.deals_lost),
    win_rate: rateFigure(winRate(current), winRate(previous)),
    customers_total: stock.customers_total,
    customers_active: stock.customers_active,
    open_deals: stock.open_deals,
    pipeline_value: formatMoney(stock.pipeline_value),
    weighted_pipeline_value: formatMoney(stock.weighted_pipeline_value),
    revenue_by_month: months.map(toPoint),
    funnel,
    pipeline_by_stage: byStage.map((s) => ({
      stage: { id: s.id, name: s.name },
      count: s.count,
      value: formatMoney(s.value),
      weighted_value: formatMoney(s.weighted_value),
    })),
    my_tasks: tasks,
    recent_activities: recent,
  };
}
