import { BOARD_PAGE_SIZE, formatMoney, type Board, type boardQuerySchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { notFound } from '../../core/errors.js';
import { assertPageExists, parsePageNumber } from '../../core/pagination.js';
import { viewerOf } from '../../core/visibility.js';
import { resolveAssigneeFilter } from '../../core/ownership.js';
import { toBool } from '../../db/dialect.js';
import { findPipelineWithStages, toStage } from '../pipelines/pipelines.service.js';
import { dealsRepository } from './deals.repository.js';
import { toDeal } from './deals.service.js';

type BoardQuery = z.output<typeof boardQuerySchema>;

/**
 * The kanban board of a pipeline: per stage its count, total and weighted value, and the first 50
 * deals (`?stage=&page=` for the next ones), so the board never loads every deal. Two queries
 * whatever the number of stages.
 */
export async function getBoard(
  deps: AppDeps,
  actor: TenantActor,
  pipelineId: number,
  query: BoardQuery,
): Promise<Board> {
  const organizationId = actor.tenant.organizationId;
  const db = deps.db.kysely;
  const found = await findPipelineWithStages(db, organizationId, pipelineId);
  if (!found) throw notFound();
  const page = parsePageNumber(query.page);
  const offset = (page - 1) * BOARD_PAGE_SIZE;
  const filters = {
    search: query.search?.trim() || undefined,
    assignedTo: resolveAssigneeFilter(actor, query.assigned_to),
    stageId: query.stage,
  };
  const repo = dealsRepository(db, deps.db.dialect);
  const stages = query.stage === undefined ? found.stages : found.stages.filter((s) => s.id === query.stage);
  const [totals, deals] = await Promise.all([
    repo.stageTotals(viewerOf(actor, 'deals'), pipelineId, filters),
    repo.boardDeals(viewerOf(actor, 'deals'), pipelineId, stages, filters, BOARD_PAGE_SIZE, offset),
  ]);
  assertPageExists(
    page,
    offset,
    Math.max(0, ...totals.filter((t) => stages.some((s) => s.id === t.stage_id)).map((t) => t.count)),
  );
  const { pipeline } = found;
  return {
    pipeline: {
      id: pipeline.id,
      name: pipeline.name,
      is_default: toBool(pipeline.is_default),
      created_at: pipeline.created_at,
      updated_at: pipeline.updated_at,
      created_by: pipeline.created_by,
    },
    columns: stages.map((stage) => {
      const total = totals.find((t) => t.stage_id === stage.id);
      const stageDeals = deals.filter((d) => d.stage_id === stage.id).map((row) => toDeal(row, actor));
      const count = total?.count ?? 0;
      return {
        stage: toStage(stage),
        count,
        total_value: formatMoney(total?.total_value ?? 0),
        weighted_value: formatMoney(total?.weighted_value ?? 0),
        deals: stageDeals,
        has_more: offset + stageDeals.length < count,
      };
    }),
  };
}
