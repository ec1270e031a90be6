import type { customerFilterSchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { encodeTags, pagedExport } from '../../core/csv.js';
import { parseJsonObject, parseStringArray } from '../../core/json-columns.js';
import { viewerOf } from '../../core/visibility.js';
import { customersRepository } from './customers.repository.js';
import { customerFilters } from './customers.service.js';

/** The CSV columns of customers (PRODUCT §6): the writable fields, the code and external id. */
export const CUSTOMER_COLUMNS = [
  'code',
  'external_id',
  'name',
  'first_name',
  'last_name',
  'email',
  'phone',
  'company_name',
  'customer_type',
  'status',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'website',
  'industry',
  'notes',
  'assigned_to',
  'tags',
] as const;

/** The customers of the list's current filters and the caller's visibility, as an export table. */
export async function customerExport(deps: AppDeps, actor: TenantActor, query: z.output<typeof customerFilterSchema>) {
  const repo = customersRepository(deps.db.kysely, deps.db.dialect);
  const viewer = viewerOf(actor, 'customers');
  const filters = customerFilters(actor, query);
  return pagedExport({
    columns: CUSTOMER_COLUMNS,
    customFieldKeys: await repo.customFieldKeys(viewer, filters),
    exportPage: (afterId, limit) => repo.exportPage(viewer, filters, afterId, limit),
    cells: (row) => ({ ...row, assigned_to: row.assigned_to_email, tags: encodeTags(parseStringArray(row.tags)) }),
    customFields: (row) => parseJsonObject(row.custom_fields),
  });
}
