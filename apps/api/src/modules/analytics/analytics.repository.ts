import { sql, type RawBuilder } from 'kysely';
import type { Dialect, Executor } from '../../db/connection.js';
import { dateValue, instantValue } from '../../db/dialect.js';
import { weightedMinor } from '../../db/expressions.js';
import { visibleEmployees, visibleRows, type Viewer } from '../../core/visibility.js';

/**
 * Every analytics figure group is one SQL statement (PRODUCT §7): period boundaries arrive as UTC
 * instants computed in application code, so SQLite and PostgreSQL count the same rows, and each
 * read applies the caller's visibility. No per-row work happens in JavaScript.
 */

export interface Range {
  from: string;
  until: string;
}

/** A labelled interval: a revenue period, or a forecast month (`fromDate`/`untilDate` as dates). */
export interface Bucket {
  label: string;
  from: string;
  until: string;
}

export interface AnalyticsViewers {
  customers: Viewer;
  leads: Viewer;
  deals: Viewer;
  activities: Viewer;
}

const n = (value: unknown): number => Number(value ?? 0);

/** `alias` rows of the viewer's organization that the viewer may see. */
const visible = (viewer: Viewer, resource: 'customers' | 'leads' | 'deals' | 'activities', alias: string) =>
  sql`${sql.ref(`${alias}.organization_id`)} = ${viewer.organizationId} and ${visibleRows(viewer, resource, alias)}`;

const between = (column: string, range: Range) =>
  sql`${sql.ref(column)} >= ${range.from} and ${sql.ref(column)} < ${range.until}`;

/**
 * The label of the bucket `column` falls in, as a CASE over the buckets' bounds (the code's own
 * values; labels as literals so PostgreSQL knows their type); null outside every bucket.
 */
function bucketOf(
  dialect: Dialect,
  buckets: Bucket[],
  column: string,
  value: (dialect: Dialect, text: string) => RawBuilder<unknown>,
) {
  const ref = sql.ref(column);
  const branches = buckets.map(
    (b) =>
      sql`when ${ref} >= ${value(dialect, b.from)} and ${ref} < ${value(dialect, b.until)} then ${sql.lit(b.label)}`,
  );
  return sql`case ${sql.join(branches, sql` `)} else null end`;
}

export function analyticsRepository(db: Executor, dialect: Dialect) {
  return {
    /** The period figures of one interval (PRODUCT §7 dashboard): one statement. */
    async periodFigures(v: AnalyticsViewers, range: Range) {
      const result = await sql<Record<string, unknown>>`select
        (select count(*) from customers c where ${visible(v.customers, 'customers', 'c')} and ${between('c.created_at', range)}) as new_customers,
        (select count(*) from leads l where ${visible(v.leads, 'leads', 'l')} and ${between('l.created_at', range)}) as new_leads,
        (select count(*) from leads l where ${visible(v.leads, 'leads', 'l')} and ${between('l.converted_at', range)}) as converted_leads,
        (select count(*) from deals d inner join pipeline_stages s on s.id = d.stage_id
          where ${visible(v.deals, 'deals', 'd')} and s.kind = 'won' and ${between('d.closed_at', range)}) as deals_won,
        (select coalesce(sum(d.value), 0) from deals d inner join pipeline_stages s on s.id = d.stage_id
          where ${visible(v.deals, 'deals', 'd')} and s.kind = 'won' and ${between('d.closed_at', range)}) as revenue,
        (select count(*) from deals d inner join pipeline_stages s on s.id = d.stage_id
          where ${visible(v.deals, 'deals', 'd')} and s.kind = 'lost' and ${between('d.closed_at', range)}) as deals_lost`.execute(
        db,
      );
      const row = result.rows[0] ?? {};
      return {
        new_customers: n(row.new_customers),
        new_leads: n(row.new_leads),
        converted_leads: n(row.converted_leads),
        deals_won: n(row.deals_won),
        revenue: n(row.revenue),
        deals_lost: n(row.deals_lost),
      };
    },

    /** Figures as of now: customers, and open deals with their value and weighted value (one pass each). */
    async stock(v: AnalyticsViewers) {
      const weighted = weightedMinor('d.value', sql`coalesce(d.probability, s.probability)`);
      const result = await sql<Record<string, unknown>>`select
        (select count(*) from customers c where ${visible(v.customers, 'customers', 'c')}) as customers_total,
        (select count(*) from customers c where ${visible(v.customers, 'customers', 'c')} and c.status in ('active', 'vip')) as customers_active,
        o.open_deals, o.pipeline_value, o.weighted_pipeline_value
        from (select count(*) as open_deals, coalesce(sum(d.value), 0) as pipeline_value, coalesce(sum(${weighted}), 0) as weighted_pipeline_value
          from deals d inner join pipeline_stages s on s.id = d.stage_id where ${visible(v.deals, 'deals', 'd')} and s.kind = 'open') o`.execute(
        db,
      );
      const row = result.rows[0] ?? {};
      return {
        customers_total: n(row.customers_total),
        customers_active: n(row.customers_active),
        open_deals: n(row.open_deals),
        pipeline_value: n(row.pipeline_value),
        weighted_pipeline_value: n(row.weighted_pipeline_value),
      };
    },

    /**
     * Won deals by `closed_at` per bucket, every bucket present (empty ones as zero). The range
     * condition uses the (organization, closed_at) index; each deal finds its bucket in a CASE.
     */
    async wonByBucket(
      deals: Viewer,
      buckets: Bucket[],
    ): Promise<{ label: string; deals_won: number; revenue: number }[]> {
      const first = buckets[0];
      const last = buckets.at(-1);
      if (!first || !last) return [];
      const result = await sql<{ label: string; deals_won: unknown; revenue: unknown }>`
        select ${bucketOf(dialect, buckets, 'd.closed_at', instantValue)} as label, count(*) as deals_won, coalesce(sum(d.value), 0) as revenue
        from deals d inner join pipeline_stages s on s.id = d.stage_id
        where ${visible(deals, 'deals', 'd')} and s.kind = 'won' and ${between('d.closed_at', { from: first.from, until: last.until })}
        group by 1`.execute(db);
      const found = new Map(result.rows.map((r) => [r.label, r]));
      return buckets.map((b) => ({
        label: b.label,
        deals_won: n(found.get(b.label)?.deals_won),
        revenue: n(found.get(b.label)?.revenue),
      }));
    },

    /**
     * The funnel of one pipeline over the deals created in `range` (PRODUCT §7): a deal counts at
     * the highest open stage it reached — among the stages of its history and its current one; a
     * won deal reaches them all — and at every open stage before it.
     */
    async funnel(deals: Viewer, pipelineId: number, range: Range) {
      const reached = sql`case when cs.kind = 'won' then (select max(o.sort_order) from pipeline_stages o where o.pipeline_id = ${pipelineId} and o.kind = 'open')
        else (select max(o.sort_order) from pipeline_stages o where o.pipeline_id = ${pipelineId} and o.kind = 'open'
          and (o.id = d.stage_id or o.id in (select h.to_stage_id from deal_stage_history h where h.organization_id = d.organization_id and h.deal_id = d.id))) end`;
      const result = await sql<Record<string, unknown>>`
        with cohort as (
          select d.id, d.value, d.stage_id, ${reached} as reached
          from deals d inner join pipeline_stages cs on cs.id = d.stage_id
          where ${visible(deals, 'deals', 'd')} and d.pipeline_id = ${pipelineId} and ${between('d.created_at', range)}
        )
        select st.id, st.name,
          count(c.id) as count,
          coalesce(sum(c.value), 0) as value,
          coalesce(sum(${weightedMinor('c.value', 'st.probability')}), 0) as weighted_value,
          (select count(*) from cohort now where now.stage_id = st.id) as current_count
        from pipeline_stages st
        left join cohort c on c.reached >= st.sort_order
        where st.pipeline_id = ${pipelineId} and st.kind = 'open'
        group by st.id, st.name, st.sort_order, st.probability
        order by st.sort_order`.execute(db);
      return result.rows.map((r) => ({
        id: n(r.id),
        name: String(r.name),
        count: n(r.count),
        value: n(r.value),
        weighted_value: n(r.weighted_value),
        current_count: n(r.current_count),
      }));
    },

    /** Open deals per open stage of a pipeline, as of now. */
    async pipelineByStage(deals: Viewer, pipelineId: number) {
      const result = await sql<Record<string, unknown>>`
        select st.id, st.name, count(d.id) as count, coalesce(sum(d.value), 0) as value,
          coalesce(sum(${weightedMinor('d.value', sql`coalesce(d.probability, st.probability)`)}), 0) as weighted_value
        from pipeline_stages st
        left join deals d on d.stage_id = st.id and ${visible(deals, 'deals', 'd')}
        where st.pipeline_id = ${pipelineId} and st.kind = 'open'
        group by st.id, st.name, st.sort_order
        order by st.sort_order`.execute(db);
      return result.rows.map((r) => ({
        id: n(r.id),
        name: String(r.name),
        count: n(r.count),
        value: n(r.value),
        weighted_value: n(r.weighted_value),
      }));
    },

    /** Per employee of `people` (a viewer's scope over employees): the figures of PRODUCT §7 in `range`. */
    async employeePerformance(v: AnalyticsViewers, people: Viewer, range: Range) {
      const closed = (
        kind: string,
      ) => sql`(select count(*) from deals d inner join pipeline_stages s on s.id = d.stage_id
        where ${visible(v.deals, 'deals', 'd')} and d.assigned_to = e.id and s.kind = ${kind} and ${between('d.closed_at', range)})`;
      const result = await sql<Record<string, unknown>>`
        select e.id, trim(coalesce(e.first_name, '') || ' ' || coalesce(e.last_name, '')) as full_name,
          (select count(*) from leads l where ${visible(v.leads, 'leads', 'l')} and l.assigned_to = e.id and ${between('l.created_at', range)}) as leads_assigned,
          (select count(*) from leads l where ${visible(v.leads, 'leads', 'l')} and l.assigned_to = e.id and ${between('l.converted_at', range)}) as leads_converted,
          ${closed('won')} as deals_won,
          ${closed('lost')} as deals_lost,
          (select count(*) from deals d inner join pipeline_stages s on s.id = d.stage_id
            where ${visible(v.deals, 'deals', 'd')} and d.assigned_to = e.id and s.kind = 'open') as deals_open,
          (select coalesce(sum(d.value), 0) from deals d inner join pipeline_stages s on s.id = d.stage_id
            where ${visible(v.deals, 'deals', 'd')} and d.assigned_to = e.id and s.kind = 'won' and ${between('d.closed_at', range)}) as revenue,
          (select count(*) from activities a where ${visible(v.activities, 'activities', 'a')} and a.assigned_to = e.id and ${between('a.completed_at', range)}) as activities_completed
        from employees e
        where e.organization_id = ${v.deals.organizationId} and ${visibleEmployees(people, 'e')}
        order by full_name, e.id`.execute(db);
      return result.rows.map((r) => ({
        id: n(r.id),
        full_name: String(r.full_name),
        leads_assigned: n(r.leads_assigned),
        leads_converted: n(r.leads_converted),
        deals_won: n(r.deals_won),
        deals_lost: n(r.deals_lost),
        deals_open: n(r.deals_open),
        revenue: n(r.revenue),
        activities_completed: n(r.activities_completed),
      }));
    },

    /**
     * Open deals by expected close month (buckets of dates), plus overdue and undated ones: one pass
     * over the open deals, each labelled by a CASE.
     */
    async forecast(deals: Viewer, months: Bucket[], today: string) {
      const weighted = weightedMinor('d.value', sql`coalesce(d.probability, s.probability)`);
      const month = months.length === 0 ? sql`null` : bucketOf(dialect, months, 'd.expected_close_date', dateValue);
      const label = sql`case when d.expected_close_date is null then 'undated' when d.expected_close_date < ${dateValue(dialect, today)} then 'overdue' else ${month} end`;
      const result = await sql<{ label: string | null; count: unknown; value: unknown; weighted_value: unknown }>`
        select ${label} as label, count(*) as count, coalesce(sum(d.value), 0) as value, coalesce(sum(${weighted}), 0) as weighted_value
        from deals d inner join pipeline_stages s on s.id = d.stage_id
        where ${visible(deals, 'deals', 'd')} and s.kind = 'open'
        group by 1`.execute(db);
      const found = new Map(
        result.rows.map((r) => [
          r.label,
          { count: n(r.count), value: n(r.value), weighted_value: n(r.weighted_value) },
        ]),
      );
      const empty = { count: 0, value: 0, weighted_value: 0 };
      return {
        months: months.map((m) => ({ label: m.label, ...(found.get(m.label) ?? empty) })),
        overdue: found.get('overdue') ?? empty,
        undated: found.get('undated') ?? empty,
      };
    },

    /** Today's snapshot of the month table, once per organization and day (the first request). */
    async saveSnapshot(
      organizationId: number,
      takenOn: string,
      rows: { month: string; count: number; value: number; weighted_value: number }[],
      now: string,
    ) {
      if (rows.length === 0) return;
      await db
        .insertInto('forecast_snapshots')
        .values(
          rows.map((r) => ({
            organization_id: organizationId,
            taken_on: takenOn,
            month: r.month,
            deal_count: r.count,
            value: r.value,
            weighted_value: r.weighted_value,
            created_at: now,
          })),
        )
        .onConflict((oc) => oc.columns(['organization_id', 'month', 'taken_on']).doNothing())
        .execute();
    },

    async hasSnapshot(organizationId: number, takenOn: string): Promise<boolean> {
      const row = await db
        .selectFrom('forecast_snapshots')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('taken_on', '=', takenOn)
        .executeTakeFirst();
      return row !== undefined;
    },

    /** For each month, the weighted value forecast for it by the first snapshot taken in that month. */
    async forecastAtStart(organizationId: number, months: string[]): Promise<Map<string, number>> {
      if (months.length === 0) return new Map();
      const rows = await db
        .selectFrom('forecast_snapshots as f')
        .select(['f.month', 'f.weighted_value'])
        .where('f.organization_id', '=', organizationId)
        .where('f.month', 'in', months)
        .where((eb) =>
          eb(
            'f.taken_on',
            '=',
            eb
              .selectFrom('forecast_snapshots as g')
              .select((g) => g.fn.min('g.taken_on').as('first'))
              .whereRef('g.organization_id', '=', 'f.organization_id')
              .whereRef('g.month', '=', 'f.month')
              // Taken during the month itself: what the month started with.
              .where(sql<boolean>`substr(cast(g.taken_on as varchar(10)), 1, 7) = g.month`),
          ),
        )
        .execute();
      return new Map(rows.map((r) => [r.month, n(r.weighted_value)]));
    },
  };
}
