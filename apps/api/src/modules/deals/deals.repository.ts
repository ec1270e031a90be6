import { sql, type Insertable, type Updateable } from 'kysely';
import type { Dialect, Executor } from '../../db/connection.js';
import type { DealRow, DealsTable, DealStageHistoryTable } from '../../db/database.js';
import { fullNameOf, userNameOf, weightedMinor } from '../../db/expressions.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';

export interface DealFilters {
  search?: string;
  pipelineId?: number;
  stageId?: number;
  customerId?: number;
  assignedTo?: number;
  state?: 'open' | 'won' | 'lost';
  notState?: 'won';
  createdFrom?: string;
  createdUntil?: string;
}

export type DealOrderField = 'code' | 'title' | 'value' | 'expected_close_date' | 'stage_entered_at' | 'created_at' | 'updated_at';

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
  const withNames = (organizationId: number) =>
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
      .where('d.organization_id', '=', organizationId);

  const filtered = (organizationId: number, f: DealFilters) =>
    db
      .selectFrom('deals')
      .innerJoin('pipeline_stages as fs', 'fs.id', 'deals.stage_id')
      .where('deals.organization_id', '=', organizationId)
      .$if(!!f.search, (q) => q.where(matchesSearch(dialect, 'deals', f.search ?? '')))
      .$if(f.pipelineId !== undefined, (q) => q.where('deals.pipeline_id', '=', f.pipelineId as number))
      .$if(f.stageId !== undefined, (q) => q.where('deals.stage_id', '=', f.stageId as number))
      .$if(f.customerId !== undefined, (q) => q.where('deals.customer_id', '=', f.customerId as number))
      .$if(f.assignedTo !== undefined, (q) => q.where('deals.assigned_to', '=', f.assignedTo as number))
      .$if(!!f.state, (q) => q.where('fs.kind', '=', f.state as 'open'))
      .$if(!!f.notState, (q) => q.where('fs.kind', '!=', f.notState as 'won'))
      .$if(!!f.createdFrom, (q) => q.where('deals.created_at', '>=', f.createdFrom as string))
      .$if(!!f.createdUntil, (q) => q.where('deals.created_at', '<', f.createdUntil as string));

  return {
    list(organizationId: number, filters: DealFilters, ordering: Ordering<DealOrderField>, limit: number, offset: number): Promise<DealRecord[]> {
      return withNames(organizationId)
        .where('d.id', 'in', filtered(organizationId, filters).select('deals.id'))
        .orderBy(`d.${ordering.field}`, ordering.direction)
        .orderBy('d.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(organizationId: number, filters: DealFilters): Promise<number> {
      const row = await filtered(organizationId, filters).select((eb) => eb.fn.countAll<number>().as('count')).executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(organizationId: number, id: number): Promise<DealRecord | undefined> {
      return withNames(organizationId).where('d.id', '=', id).executeTakeFirst();
    },

    async exists(organizationId: number, id: number): Promise<boolean> {
      const row = await db.selectFrom('deals').select('id').where('organization_id', '=', organizationId).where('id', '=', id).executeTakeFirst();
      return row !== undefined;
    },

    async create(organizationId: number, values: Omit<Insertable<DealsTable>, 'organization_id'>): Promise<number> {
      const row = await db.insertInto('deals').values({ ...values, organization_id: organizationId }).returning('id').executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<DealsTable>): Promise<void> {
      await db.updateTable('deals').set(values).where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('deals').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    async addHistory(organizationId: number, entry: Omit<Insertable<DealStageHistoryTable>, 'organization_id'>): Promise<void> {
      await db.insertInto('deal_stage_history').values({ ...entry, organization_id: organizationId }).execute();
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
    async stageTotals(organizationId: number, pipelineId: number, filters: DealFilters): Promise<StageTotals[]> {
      const rows = await filtered(organizationId, { ...filters, pipelineId })
        .select([
          'deals.stage_id',
          (eb) => eb.fn.countAll<number>().as('count'),
          sql<number>`cast(coalesce(sum(deals.value), 0) as bigint)`.as('total_value'),
          sql<number>`cast(coalesce(sum(${weightedMinor('deals.value', sql`coalesce(deals.probability, fs.probability)`)}), 0) as bigint)`.as('weighted_value'),
        ])
        .groupBy('deals.stage_id')
        .execute();
      return rows.map((r) => ({ stage_id: r.stage_id, count: Number(r.count), total_value: Number(r.total_value), weighted_value: Number(r.weighted_value) }));
    },

    /**
     * The first `perStage` deals of every stage (or of one), in one query with a window function:
     * open stages oldest-in-stage first (what needs attention), closed stages most recent first.
     */
    async boardDeals(organizationId: number, pipelineId: number, filters: DealFilters, perStage: number, offset: number): Promise<DealRecord[]> {
      const ranked = filtered(organizationId, { ...filters, pipelineId }).select([
        'deals.id',
        sql<number>`row_number() over (partition by deals.stage_id order by case when fs.kind = 'open' then deals.stage_entered_at end asc, deals.stage_entered_at desc, deals.id)`.as('position'),
      ]);
      return withNames(organizationId)
        .innerJoin(ranked.as('r'), 'r.id', 'd.id')
        .where('r.position', '>', offset)
        .where('r.position', '<=', offset + perStage)
        .orderBy('d.stage_id')
        .orderBy('r.position')
        .execute();
    },
  };
}
