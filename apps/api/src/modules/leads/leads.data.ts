import { formatMoney, type leadFilterSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { encodeTags, pagedExport } from '../../core/csv.js';
import { parseJsonObject, parseStringArray } from '../../core/json-columns.js';
import { viewerOf } from '../../core/visibility.js';
import { leadsRepository } from './leads.repository.js';
import { leadFilters } from './leads.service.js';

/** The CSV columns of leads (PRODUCT §6): the writable fields, the code and external id. */
export const LEAD_COLUMNS = [
  'code',
  'external_id',
  'first_name',
  'last_name',
  'email',
  'phone',
  'company',
  'job_title',
  'source',
  'status',
  'estimated_value',
  'assigned_to',
  'notes',
  'tags',
] as const;

/** The leads of the list's current filters and the caller's visibility, as an export table. */
export async function leadExport(deps: AppDeps, actor: TenantActor, query: z.output<typeof leadFilterSchema>) {
  const repo = leadsRepository(deps.db.kysely, deps.db.dialect);
  const viewer = viewerOf(actor, 'leads');
  const filters = leadFilters(actor, query);
  return pagedExport({
    columns: LEAD_COLUMNS,
    customFieldKeys: await repo.customFieldKeys(viewer, filters),
    exportPage: (afterId, limit) => repo.exportPage(viewer, filters, afterId, limit),
    cells: (row) => ({
      ...row,
      // As the API shows it, "1200.00": what an import reads back.
      estimated_value: row.estimated_value === null ? null : formatMoney(Number(row.estimated_value)),
      assigned_to: row.assigned_to_email,
      tags: encodeTags(parseStringArray(row.tags)),
    }),
    customFields: (row) => parseJsonObject(row.custom_fields),
  });
}
