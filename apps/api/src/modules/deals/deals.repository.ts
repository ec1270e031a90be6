import { expressionBuilder, sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { Dialect, Executor } from '../../db/connection.js';
import type { DealRow, DealsTable, DealStageHistoryTable, PipelineStagesTable } from '../../db/database.js';
import { fullNameOf, userNameOf, weightedMinor } from '../../db/expressions.js';
import { jsonKeysOf } from '../../db/dialect.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface DealFilters {
  search?: string;
  pipelineId?: number;
  stageId?: number;
  customerId?: number;
  /** An employee id, or null for unassigned records. */
  assignedTo?: number | null;
  state?: 'open' | 'won' | 'lost';
  notState?: 'won';
  createdFrom?: string;
  createdUntil?: string;
}

export type DealOrderField =
  'code' | 'title' | 'value' | 'expected_close_date' | 'stage_entered_at' | 'created_at' | 'updated_at';

export interface DealRecord extends DealRow {
  customer_name: string;
  pipeline_name: string;
  stage_name: string;
  stage_kind: 'open' | 'won' | 'lost';
  stage_probability: number;
  assigned_to_name: string | null;
}

export interface StageTotals {
  stage_id: number;
  count: number;
  total_value: number;
  weighted_value: number;
}

export function dealsRepository(db: Executor, dialect: Dialect) {
  /** The deal with its customer, pipeline, stage and assignee names: one query, no N+1. */
  const withNames = (viewer: Viewer) =>
    db
      .selectFrom('deals as d')
      .innerJoin('customers as c', 'c.id', 'd.customer_id')
      .innerJoin('pipelines as p', 'p.id', 'd.pipeline_id')
      .innerJoin('pipeline_stages as s', 's.id', 'd.stage_id')
      .leftJoin('employees as e', 'e.id', 'd.assigned_to')
      .selectAll('d')
      .select([
        'c.name as customer_name',
        'p.name as pipeline_name',
        's.name as stage_name',
        's.kind as stage_kind',
        's.probability as stage_probability',
        fullNameOf('e').as('assigned_to_name'),
      ])
      .where('d.organization_id', '=', viewer.organizationId)
      .where(visibleRows(viewer, 'deals', 'd'));

  /** The filters as one condition on aliases `d` (deal) and `s` (its stage), for pages and counts. */
  const matching = (viewer: Viewer, f: DealFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ d: DealsTable; s: PipelineStagesTable }, 'd' | 's'>();
    const conditions: Expression<SqlBool>[] = [
      eb('d.organization_id', '=', viewer.organizationId),
      visibleRows(viewer, 'deals', 'd'),
    ];
    if (f.search) conditions.push(matchesSearch(dialect, 'deals', f.search, 'd'));
    if (f.pipelineId !== undefined) conditions.push(eb('d.pipeline_id', '=', f.pipelineId));
    if (f.stageId !== undefined) conditions.push(eb('d.stage_id', '=', f.stageId));
    if (f.customerId !== undefined) conditions.push(eb('d.customer_id', '=', f.customerId));
    if (f.assignedTo !== undefined)
      conditions.push(f.assignedTo === null ? eb('d.assigned_to', 'is', null) : eb('d.assigned_to', '=', f.assignedTo));
    if (f.state) conditions.push(eb('s.kind', '=', f.state));
    if (f.notState) conditions.push(eb('s.kind', '!=', f.notState));
    if (f.createdFrom) conditions.push(eb('d.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('d.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  const counted = (viewer: Viewer, f: DealFilters) =>
    db.selectFrom('deals as d').innerJoin('pipeline_stages as s', 's.id', 'd.stage_id').where(matching(viewer, f));

  return {
    list(
      viewer: Viewer,
      filters: DealFilters,
      ordering: Ordering<DealOrderField>,
      limit: number,
      offset: number,
    ): Promise<DealRecord[]> {
      return withNames(viewer)
        .where(matching(viewer, filters))
        .orderBy(`d.${ordering.field}`, ordering.direction)
        .orderBy('d.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, filters: DealFilters): Promise<number> {
      const row = await counted(viewer, filters)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /** The ids of the viewer's deals matching the filters, at most `limit` (bulk actions). */
    async ids(viewer: Viewer, filters: DealFilters, limit: number): Promise<number[]> {
      const rows = await counted(viewer, filters).select('d.id').orderBy('d.id').limit(limit).execute();
      return rows.map((r) => r.id);
    },

    /** Export: the next page of the viewer's matching deals after `afterId`, with the customer's code and assignee's email. */
    exportPage(viewer: Viewer, filters: DealFilters, afterId: number, limit: number) {
      return withNames(viewer)
        .select(['c.code as customer_code', 'e.email as assigned_to_email'])
        .where(matching(viewer, filters))
        .where('d.id', '>', afterId)
        .orderBy('d.id')
        .limit(limit)
        .execute();
    },

    /** Every custom field key among the viewer's matching deals (the export's cf.* columns). */
    async customFieldKeys(viewer: Viewer, filters: DealFilters): Promise<string[]> {
      const ids = counted(viewer, filters).select('d.id');
      const result = await sql<{ key: string }>`select distinct j.key as key
        from deals x, ${jsonKeysOf(dialect, 'x.custom_fields')} where x.id in (${ids}) order by 1`.execute(db);
      return result.rows.map((r) => r.key);
    },

    findById(viewer: Viewer, id: number): Promise<DealRecord | undefined> {
      return withNames(viewer).where('d.id', '=', id).executeTakeFirst();
    },

    async exists(viewer: Viewer, id: number): Promise<boolean> {
      const row = await db
        .selectFrom('deals as d')
        .select('d.id')
        .where('d.organization_id', '=', viewer.organizationId)
        .where(visibleRows(viewer, 'deals', 'd'))
        .where('d.id', '=', id)
        .executeTakeFirst();
      return row !== undefined;
    },

    async create(organizationId: number, values: Omit<Insertable<DealsTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('deals')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<DealsTable>): Promise<void> {
      await db
        .updateTable('deals')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('deals').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    async addHistory(
      organizationId: number,
      entry: Omit<Insertable<DealStageHistoryTable>, 'organization_id'>,
    ): Promise<void> {
      await db
        .insertInto('deal_stage_history')
        .values({ ...entry, organization_id: organizationId })
        .execute();
    },

    listHistory(organizationId: number, dealId: number) {
      return db
        .selectFrom('deal_stage_history as h')
        .leftJoin('users as u', 'u.id', 'h.changed_by')
        .select([
          'h.id',
          'h.from_stage_id',
          'h.from_stage_name',
          'h.to_stage_id',
          'h.to_stage_name',
          'h.to_stage_kind',
          'h.changed_by',
          userNameOf('u').as('changed_by_name'),
          'h.changed_at',
        ])
        .where('h.organization_id', '=', organizationId)
        .where('h.deal_id', '=', dealId)
        .orderBy('h.changed_at', 'desc')
        .orderBy('h.id', 'desc')
        .execute();
    },

    /** Per stage: how many deals, their value and weighted value (rounded per deal), in one query. */
    async stageTotals(viewer: Viewer, pipelineId: number, filters: DealFilters): Promise<StageTotals[]> {
      const rows = await counted(viewer, { ...filters, pipelineId })
        .select([
          'd.stage_id',
          (eb) => eb.fn.countAll<number>().as('count'),
          sql<number>`cast(coalesce(sum(d.value), 0) as bigint)`.as('total_value'),
          sql<number>`cast(coalesce(sum(${weightedMinor('d.value', sql`coalesce(d.probability, s.probability)`)}), 0) as bigint)`.as(
            'weighted_value',
          ),
        ])
        .groupBy('d.stage_id')
        .execute();
      return rows.map((r) => ({
        stage_id: r.stage_id,
        count: Number(r.count),
        total_value: Number(r.total_value),
        weighted_value: Number(r.weighted_value),
      }));
    },

    /**
     * The first `perStage` deals of each given stage: open stages oldest-in-stage first (what needs
     * attention), closed stages most recent first. One statement of per-stage parts, each an index
     * range scan with its own LIMIT, so the cost follows the cards shown, not the deals held.
     */
    async boardDeals(
      viewer: Viewer,
      pipelineId: number,
      stages: { id: number; kind: 'open' | 'won' | 'lost' }[],
      filters: DealFilters,
      perStage: number,
      offset: number,
    ): Promise<DealRecord[]> {
      const parts = stages.map((stage) =>
        db
          .selectFrom(
            withNames(viewer)
              .where(matching(viewer, { ...filters, pipelineId, stageId: stage.id }))
              .orderBy('d.stage_entered_at', stage.kind === 'open' ? 'asc' : 'desc')
              .orderBy('d.id', stage.kind === 'open' ? 'asc' : 'desc')
              .limit(perStage)
              .offset(offset)
              .as('part'),
          )
          .selectAll('part'),
      );
      const [first, ...rest] = parts;
      if (!first) return [];
      return rest.reduce((query, part) => query.unionAll(part), first).execute();
    },
  };
}
