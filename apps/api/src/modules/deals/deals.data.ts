import { formatMoney, type dealFilterSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { encodeTags, pagedExport } from '../../core/csv.js';
import { parseJsonObject, parseStringArray } from '../../core/json-columns.js';
import { viewerOf } from '../../core/visibility.js';
import { dealsRepository } from './deals.repository.js';
import { dealFilters } from './deals.service.js';

/**
 * The CSV columns of deals (PRODUCT §6): the writable fields, the customer by code, the pipeline and
 * stage by name, when the deal closed and why it was lost.
 */
export const DEAL_COLUMNS = [
  'code',
  'external_id',
  'title',
  'customer',
  'value',
  'pipeline',
  'stage',
  'probability',
  'expected_close_date',
  'assigned_to',
  'closed_at',
  'lost_reason',
  'description',
  'tags',
] as const;

/** The deals of the list's current filters and the caller's visibility, as an export table. */
export async function dealExport(deps: AppDeps, actor: TenantActor, query: z.output<typeof dealFilterSchema>) {
  const repo = dealsRepository(deps.db.kysely, deps.db.dialect);
  const viewer = viewerOf(actor, 'deals');
  const filters = dealFilters(actor, query);
  return pagedExport({
    columns: DEAL_COLUMNS,
    customFieldKeys: await repo.customFieldKeys(viewer, filters),
    exportPage: (afterId, limit) => repo.exportPage(viewer, filters, afterId, limit),
    cells: (row) => ({
      ...row,
      customer: row.customer_code,
      value: formatMoney(Number(row.value)),
      pipeline: row.pipeline_name,
      stage: row.stage_name,
      assigned_to: row.assigned_to_email,
      tags: encodeTags(parseStringArray(row.tags)),
    }),
    customFields: (row) => parseJsonObject(row.custom_fields),
  });
}
