import type { vendorListQuerySchema } from '@crm/contracts';
import type { z } from 'zod';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { encodeTags, pagedExport } from '../../core/csv.js';
import { parseJsonObject, parseStringArray } from '../../core/json-columns.js';
import { vendorsRepository } from './vendors.repository.js';
import { vendorFilters } from './vendors.service.js';

/** The CSV columns of vendors (PRODUCT §6): the writable fields, the code and external id. */
export const VENDOR_COLUMNS = [
  'code',
  'external_id',
  'name',
  'company_name',
  'email',
  'phone',
  'vendor_type',
  'status',
  'website',
  'address',
  'city',
  'state',
  'postal_code',
  'country',
  'payment_terms',
  'rating',
  'notes',
  'tags',
] as const;

/** The vendors of the list's current filters, as an export table (every staff role sees every vendor). */
export async function vendorExport(deps: AppDeps, actor: TenantActor, query: z.output<typeof vendorListQuerySchema>) {
  const repo = vendorsRepository(deps.db.kysely, deps.db.dialect);
  const organizationId = actor.tenant.organizationId;
  const filters = vendorFilters(actor, query);
  return pagedExport({
    columns: VENDOR_COLUMNS,
    customFieldKeys: await repo.customFieldKeys(organizationId, filters),
    exportPage: (afterId, limit) => repo.exportPage(organizationId, filters, afterId, limit),
    cells: (row) => ({ ...row, tags: encodeTags(parseStringArray(row.tags)) }),
    customFields: (row) => parseJsonObject(row.custom_fields),
  });
}
