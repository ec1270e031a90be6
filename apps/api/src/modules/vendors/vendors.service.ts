import {
  VENDOR_ORDERING,
  type Vendor,
  type VendorStats,
  type createVendorBodySchema,
  type updateVendorBodySchema,
  type vendorListQuerySchema,
  vendorSchema,
} from '@crm/contracts';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { VendorRow } from '../../db/database.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { conflict, notFound } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import { nextCode } from '../../core/codes.js';
import {
  extraFieldsToInsert,
  extraFieldsToUpdate,
  parseJsonObject,
  parseStringArray,
} from '../../core/json-columns.js';
import { definedOnly } from '../../core/patch.js';
import { parseOrdering } from '../../core/ordering.js';
import type { PageRequest } from '../../core/pagination.js';
import { createdRange, currentMonth } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import { vendorsRepository, type VendorFilters } from './vendors.repository.js';

type CreateInput = z.output<typeof createVendorBodySchema>;
type UpdateInput = z.output<typeof updateVendorBodySchema>;
type ListQuery = Omit<z.output<typeof vendorListQuerySchema>, 'page' | 'page_size'>;

export function toVendor(row: VendorRow): Vendor {
  const { organization_id: _org, search_text: _search, custom_fields, tags, ...rest } = row;
  return { ...rest, custom_fields: parseJsonObject(custom_fields), tags: parseStringArray(tags) };
}

const searchTextOf = (v: {
  code: string;
  name: string;
  company_name?: string | null;
  email?: string | null;
  phone?: string | null;
}) => toSearchText(v.code, v.name, v.company_name, v.email, v.phone);

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => vendorsRepository(db, deps.db.dialect);

/** The list's query parameters as the repository's filters: a list page's, or an export's. */
export function vendorFilters(actor: TenantActor, query: ListQuery): VendorFilters {
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  return {
    search: query.search?.trim() || undefined,
    status: query.status,
    vendorType: query.vendor_type,
    createdFrom: range.from,
    createdUntil: range.until,
  };
}

export async function listVendors(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, VENDOR_ORDERING, { field: 'created_at', direction: 'desc' });
  const filters = vendorFilters(actor, query);
  const vendors = repo(deps);
  const [rows, count] = await Promise.all([
    vendors.list(actor.tenant.organizationId, filters, ordering, page.limit, page.offset),
    vendors.count(actor.tenant.organizationId, filters),
  ]);
  return { results: rows.map(toVendor), count };
}

async function findOrThrow(deps: AppDeps, db: Executor, organizationId: number, id: number): Promise<VendorRow> {
  const row = await repo(deps, db).findById(organizationId, id);
  if (!row) throw notFound();
  return row;
}

export async function getVendor(deps: AppDeps, actor: TenantActor, id: number): Promise<Vendor> {
  return toVendor(await findOrThrow(deps, deps.db.kysely, actor.tenant.organizationId, id));
}

export async function createVendor(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Vendor> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, vendorSchema, async (trx) => {
    const code = await nextCode(trx, organizationId, 'VEND');
    const now = nowIso();
    const { custom_fields, tags, ...fields } = input;
    const id = await repo(deps, trx).create(organizationId, {
      ...fields,
      vendor_type: fields.vendor_type ?? 'supplier',
      status: fields.status ?? 'active',
      code,
      ...extraFieldsToInsert({ custom_fields, tags }),
      search_text: searchTextOf({ ...fields, code }),
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    const vendor = toVendor(await findOrThrow(deps, trx, organizationId, id));
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'create',
      resourceType: 'vendor',
      resourceId: id,
      changes: diff(null, vendor),
      ip: actor.ip,
    });
    return vendor;
  });
}

export async function updateVendor(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Vendor> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, vendorSchema, async (trx) => {
    const before = await findOrThrow(deps, trx, organizationId, id);
    const { custom_fields, tags, ...fields } = definedOnly(input);
    await repo(deps, trx).update(organizationId, id, {
      ...fields,
      ...extraFieldsToUpdate({ custom_fields, tags }),
      search_text: searchTextOf({ ...before, ...fields }),
      updated_at: nowIso(),
    });
    const after = toVendor(await findOrThrow(deps, trx, organizationId, id));
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'update',
      resourceType: 'vendor',
      resourceId: id,
      changes: diff(toVendor(before), after),
      ip: actor.ip,
    });
    return after;
  });
}

/** Refused with 409 while orders name the vendor. */
export async function deleteVendor(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const before = await findOrThrow(deps, trx, organizationId, id);
    const orders = await repo(deps, trx).countOrders(organizationId, id);
    if (orders > 0) {
      const message = `This vendor is on ${orders} order${orders === 1 ? '' : 's'}. Remove it from them first.`;
      throw conflict(message, { orders: [message] });
    }
    await repo(deps, trx).delete(organizationId, id);
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'delete',
      resourceType: 'vendor',
      resourceId: id,
      changes: diff(toVendor(before), null),
      ip: actor.ip,
    });
  });
}

export async function vendorStats(deps: AppDeps, actor: TenantActor): Promise<VendorStats> {
  const month = currentMonth(actor.tenant.timeZone);
  const rows = await repo(deps).stats(actor.tenant.organizationId, month.start, month.end);
  const stats: VendorStats = { total: 0, by_status: {}, by_type: {}, new_this_month: 0 };
  for (const row of rows) {
    const count = Number(row.count);
    stats.total += count;
    stats.new_this_month += Number(row.new_count);
    stats.by_status[row.status] = (stats.by_status[row.status] ?? 0) + count;
    stats.by_type[row.vendor_type] = (stats.by_type[row.vendor_type] ?? 0) + count;
  }
  return stats;
}

/** For other modules (orders): a vendor id from a request body must be visible. */
export async function vendorExists(deps: AppDeps, db: Executor, organizationId: number, id: number): Promise<boolean> {
  return repo(deps, db).exists(organizationId, id);
}
