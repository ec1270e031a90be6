import type { Updateable } from 'kysely';
import type { StageKind } from '@crm/contracts';
import type { Executor } from '../../db/connection.js';
import type { PipelineRow, PipelineStageRow, PipelineStagesTable } from '../../db/database.js';

export interface NewStage {
  name: string;
  probability: number;
  kind: StageKind;
}

export function pipelinesRepository(db: Executor) {
  return {
    create(
      organizationId: number,
      name: string,
      isDefault: boolean,
      userId: number,
      now: string,
    ): Promise<PipelineRow> {
      return db
        .insertInto('pipelines')
        .values({
          organization_id: organizationId,
          name,
          is_default: isDefault,
          created_by: userId,
          created_at: now,
          updated_at: now,
        })
        .returningAll()
        .executeTakeFirstOrThrow();
    },

    list(organizationId: number, limit: number, offset: number): Promise<PipelineRow[]> {
      return db
        .selectFrom('pipelines')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .orderBy('is_default', 'desc')
        .orderBy('name')
        .orderBy('id')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(organizationId: number): Promise<number> {
      const row = await db
        .selectFrom('pipelines')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organization_id', '=', organizationId)
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(organizationId: number, id: number): Promise<PipelineRow | undefined> {
      return db
        .selectFrom('pipelines')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .executeTakeFirst();
    },

    findDefault(organizationId: number): Promise<PipelineRow | undefined> {
      return db
        .selectFrom('pipelines')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('is_default', '=', true)
        .executeTakeFirst();
    },

    async update(organizationId: number, id: number, values: { name?: string; updated_at: string }): Promise<void> {
      await db
        .updateTable('pipelines')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    /** Clears the old default first: the partial unique index allows one default at a time. */
    async makeDefault(organizationId: number, id: number, now: string): Promise<void> {
      await db
        .updateTable('pipelines')
        .set({ is_default: false, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('is_default', '=', true)
        .where('id', '!=', id)
        .execute();
      await db
        .updateTable('pipelines')
        .set({ is_default: true, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('pipelines').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },

    addStages(
      organizationId: number,
      pipelineId: number,
      stages: NewStage[],
      now: string,
      firstOrder = 1,
    ): Promise<PipelineStageRow[]> {
      return db
        .insertInto('pipeline_stages')
        .values(
          stages.map((s, index) => ({
            organization_id: organizationId,
            pipeline_id: pipelineId,
            name: s.name,
            probability: s.probability,
            kind: s.kind,
            sort_order: firstOrder + index,
            created_at: now,
            updated_at: now,
          })),
        )
        .returningAll()
        .execute();
    },

    /** Stages of several pipelines in one query, in board order. */
    listStages(organizationId: number, pipelineIds: number[]): Promise<PipelineStageRow[]> {
      if (pipelineIds.length === 0) return Promise.resolve([]);
      return db
        .selectFrom('pipeline_stages')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('pipeline_id', 'in', pipelineIds)
        .orderBy('pipeline_id')
        .orderBy('sort_order')
        .orderBy('id')
        .execute();
    },

    findStage(organizationId: number, pipelineId: number, stageId: number): Promise<PipelineStageRow | undefined> {
      return db
        .selectFrom('pipeline_stages')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('pipeline_id', '=', pipelineId)
        .where('id', '=', stageId)
        .executeTakeFirst();
    },

    async updateStage(organizationId: number, stageId: number, values: Updateable<PipelineStagesTable>): Promise<void> {
      await db
        .updateTable('pipeline_stages')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', stageId)
        .execute();
    },

    async deleteStage(organizationId: number, stageId: number): Promise<void> {
      await db
        .deleteFrom('pipeline_stages')
        .where('organization_id', '=', organizationId)
        .where('id', '=', stageId)
        .execute();
    },

    async countDeals(organizationId: number, where: { pipelineId?: number; stageId?: number }): Promise<number> {
      const row = await db
        .selectFrom('deals')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('organization_id', '=', organizationId)
        .$if(where.pipelineId !== undefined, (q) => q.where('pipeline_id', '=', where.pipelineId as number))
        .$if(where.stageId !== undefined, (q) => q.where('stage_id', '=', where.stageId as number))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    /**
     * Deals of a stage about to be deleted move to another open stage of the same pipeline, each
     * with its stage-history row. Done here in bulk (three statements, whatever the number of deals)
     * because stage deletion is a pipeline operation; both stages are open, so no deal changes state.
     */
    async moveDeals(
      organizationId: number,
      from: PipelineStageRow,
      to: PipelineStageRow,
      userId: number,
      now: string,
    ): Promise<void> {
      const deals = await db
        .selectFrom('deals')
        .select('id')
        .where('organization_id', '=', organizationId)
        .where('stage_id', '=', from.id)
        .execute();
      // Chunks stay under both databases' limits on bound parameters.
      for (let i = 0; i < deals.length; i += 1000) {
        await db
          .insertInto('deal_stage_history')
          .values(
            deals.slice(i, i + 1000).map((d) => ({
              organization_id: organizationId,
              deal_id: d.id,
              from_stage_id: from.id,
              from_stage_name: from.name,
              to_stage_id: to.id,
              to_stage_name: to.name,
              to_stage_kind: to.kind,
              changed_by: userId,
              changed_at: now,
            })),
          )
          .execute();
      }
      const fromStageId = from.id;
      const toStageId = to.id;
      await db
        .updateTable('deals')
        .set({ stage_id: toStageId, stage_entered_at: now, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('stage_id', '=', fromStageId)
        .execute();
    },
  };
}
