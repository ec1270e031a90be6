import type { Executor } from '../../db/connection.js';
import type { PipelineRow, PipelineStageRow } from '../../db/database.js';

export interface NewStage {
  name: string;
  probability: number;
  kind: 'open' | 'won' | 'lost';
}

export function pipelinesRepository(db: Executor) {
  return {
    create(organizationId: number, name: string, isDefault: boolean, userId: number, now: string): Promise<PipelineRow> {
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

    addStages(organizationId: number, pipelineId: number, stages: NewStage[], now: string): Promise<PipelineStageRow[]> {
      return db
        .insertInto('pipeline_stages')
        .values(
          stages.map((s, index) => ({
            organization_id: organizationId,
            pipeline_id: pipelineId,
            name: s.name,
            probability: s.probability,
            kind: s.kind,
            sort_order: index + 1,
            created_at: now,
            updated_at: now,
          })),
        )
        .returningAll()
        .execute();
    },

    listStages(organizationId: number, pipelineId: number): Promise<PipelineStageRow[]> {
      return db
        .selectFrom('pipeline_stages')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('pipeline_id', '=', pipelineId)
        .orderBy('sort_order')
        .execute();
    },

    findDefault(organizationId: number): Promise<PipelineRow | undefined> {
      return db
        .selectFrom('pipelines')
        .selectAll()
        .where('organization_id', '=', organizationId)
        .where('is_default', '=', true)
        .executeTakeFirst();
    },
  };
}
