import {
  type BulkResult,
  type leadFilterSchema,
  type leadsBulkBodySchema,
  LEAD_NEEDS_A_NAME,
  LEAD_ORDERING,
  can,
  computeLeadScore,
  formatMoney,
  type ConvertLeadResponse,
  type Lead,
  type convertLeadBodySchema,
  type createLeadBodySchema,
  type leadListQuerySchema,
  type updateLeadBodySchema,
  convertLeadResponseSchema,
  leadSchema,
} from '@crm/contracts';
import type { Updateable } from 'kysely';
import type { z } from 'zod';
import type { Executor } from '../../db/connection.js';
import type { LeadRow, LeadsTable } from '../../db/database.js';
import { toSearchText } from '../../db/search.js';
import { sealedTransaction } from '../../core/answer.js';
import { runBulkAction } from '../../core/bulk.js';
import type { AppDeps, TenantActor } from '../../core/context.js';
import { AppError, conflict, fieldError, forbidden, notFound } from '../../core/errors.js';
import { diff, recordAudit, type Changes } from '../../core/audit.js';
import { nextCode } from '../../core/codes.js';
import {
  extraFieldsToInsert,
  extraFieldsToUpdate,
  parseJsonObject,
  parseStringArray,
} from '../../core/json-columns.js';
import { definedOnly } from '../../core/patch.js';
import { parseOrdering } from '../../core/ordering.js';
import {
  assertMayChange,
  assertMayReassign,
  assigneeOnCreate,
  isLimitedToOwn,
  leadPermissions,
  resolveAssigneeFilter,
} from '../../core/ownership.js';
import type { PageRequest } from '../../core/pagination.js';
import { unrestricted, viewerOf, type Viewer } from '../../core/visibility.js';
import { createdRange } from '../../core/periods.js';
import { nowIso } from '../../core/time.js';
import {
  clearConvertedFromLead,
  customerVisible,
  insertCustomer,
  readCustomer,
} from '../customers/customers.service.js';
import { insertDeal } from '../deals/deals.service.js';
import { assertEmployeeInOrganization } from '../employees/employees.service.js';
import { leadsRepository, type LeadFilters, type LeadRecord } from './leads.repository.js';

type CreateInput = z.output<typeof createLeadBodySchema>;
/** Fields a PUT or PATCH sends; omitted ones stay as they are. */
type UpdateInput = Partial<z.output<typeof updateLeadBodySchema>>;
type FilterInput = z.output<typeof leadFilterSchema>;
type BulkInput = z.output<typeof leadsBulkBodySchema>;
type ListQuery = z.output<typeof leadListQuerySchema>;
type ConvertInput = Partial<NonNullable<z.output<typeof convertLeadBodySchema>>>;

type NameFields = Pick<LeadRow, 'first_name' | 'last_name' | 'company'>;
type ScoredFields = NameFields & Pick<LeadRow, 'code' | 'email' | 'phone' | 'job_title' | 'source' | 'estimated_value'>;

const filled = (value: string | null | undefined): string => (value ?? '').trim();

/** First and last name, else the company, else ''. */
export function leadFullName(lead: Partial<NameFields>): string {
  return [filled(lead.first_name), filled(lead.last_name)].filter(Boolean).join(' ') || filled(lead.company);
}

/** The record as the contract shows it to `actor`, with what they may do with it. */
export function toLead(row: LeadRecord, actor: TenantActor): Lead {
  const { organization_id: _org, search_text: _search, custom_fields, tags, estimated_value, ...rest } = row;
  return {
    ...rest,
    full_name: leadFullName(row),
    estimated_value: estimated_value === null ? null : formatMoney(Number(estimated_value)),
    custom_fields: parseJsonObject(custom_fields),
    tags: parseStringArray(tags),
    permissions: leadPermissions(actor, row),
  };
}

/** Columns derived from the record: the score is never taken from the client. */
const derivedOf = (lead: Partial<ScoredFields> & { code: string }) => ({
  score: computeLeadScore({ ...lead, estimated_value_minor: lead.estimated_value ?? null }),
  search_text: toSearchText(lead.code, leadFullName(lead), lead.email, lead.company, lead.phone),
});

const repo = (deps: AppDeps, db: Executor = deps.db.kysely) => leadsRepository(db, deps.db.dialect);

const auditLead = (trx: Executor, actor: TenantActor, action: string, id: number, changes: Changes) =>
  recordAudit(trx, {
    organizationId: actor.tenant.organizationId,
    userId: actor.user.id,
    action,
    resourceType: 'lead',
    resourceId: id,
    changes,
    ip: actor.ip,
  });

const alreadyConverted = () => conflict('This lead is already converted.');

async function findLeadOrThrow(deps: AppDeps, db: Executor, viewer: Viewer, id: number): Promise<LeadRecord> {
  const row = await repo(deps, db).findById(viewer, id);
  if (!row) throw notFound();
  return row;
}

/** The list's query parameters as the repository's filters: a list page's, or a bulk action's. */
export function leadFilters(actor: TenantActor, query: FilterInput): LeadFilters {
  const range = createdRange(actor.tenant.timeZone, query.created_after, query.created_before);
  return {
    search: query.search?.trim() || undefined,
    status: query.status,
    source: query.source,
    assignedTo: resolveAssigneeFilter(actor, query.assigned_to),
    createdFrom: range.from,
    createdUntil: range.until,
  };
}

export async function listLeads(deps: AppDeps, actor: TenantActor, query: ListQuery, page: PageRequest) {
  const ordering = parseOrdering(query.ordering, LEAD_ORDERING, { field: 'created_at', direction: 'desc' });
  const filters = leadFilters(actor, query);
  const leads = repo(deps);
  const viewer = viewerOf(actor, 'leads');
  const [rows, count] = await Promise.all([
    leads.list(viewer, filters, ordering, page.limit, page.offset),
    leads.count(viewer, filters),
  ]);
  return { results: rows.map((row) => toLead(row, actor)), count };
}

export async function getLead(deps: AppDeps, actor: TenantActor, id: number): Promise<Lead> {
  return toLead(await findLeadOrThrow(deps, deps.db.kysely, viewerOf(actor, 'leads'), id), actor);
}

export async function createLead(deps: AppDeps, actor: TenantActor, input: CreateInput): Promise<Lead> {
  const organizationId = actor.tenant.organizationId;
  const assignedTo = assigneeOnCreate(actor, 'leads', input.assigned_to);
  return sealedTransaction(deps.db.kysely, leadSchema, async (trx) => {
    await assertEmployeeInOrganization(trx, organizationId, assignedTo);
    const code = await nextCode(trx, organizationId, 'LEAD');
    const now = nowIso();
    const { custom_fields, tags, assigned_to: _a, status, source, ...fields } = input;
    const values = { ...fields, code, status: status ?? 'new', source: source ?? 'other' };
    const id = await repo(deps, trx).create(organizationId, {
      ...values,
      ...derivedOf(values),
      assigned_to: assignedTo,
      ...extraFieldsToInsert({ custom_fields, tags }),
      created_by: actor.user.id,
      created_at: now,
      updated_at: now,
    });
    const lead = toLead(await findLeadOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await auditLead(trx, actor, 'create', id, diff(null, lead));
    return lead;
  });
}

/** PUT and PATCH: omitted fields stay; a converted lead keeps its status (409 if one is sent). */
export function updateLead(deps: AppDeps, actor: TenantActor, id: number, input: UpdateInput): Promise<Lead> {
  return sealedTransaction(deps.db.kysely, leadSchema, (trx) => changeLead(deps, trx, actor, id, input));
}

/** The same, inside the caller's transaction: a request's, or a bulk action's. */
async function changeLead(
  deps: AppDeps,
  trx: Executor,
  actor: TenantActor,
  id: number,
  input: UpdateInput,
): Promise<Lead> {
  const organizationId = actor.tenant.organizationId;
  const before = await findLeadOrThrow(deps, trx, viewerOf(actor, 'leads'), id);
  assertMayChange(actor, before, input.assigned_to);
  if (before.status === 'converted' && input.status !== undefined) {
    throw conflict('This lead is converted: its status can no longer change.', {
      status: ['A converted lead keeps its status.'],
    });
  }
  assertMayReassign(actor, 'leads', before.assigned_to, input.assigned_to);
  if (input.assigned_to !== undefined) await assertEmployeeInOrganization(trx, organizationId, input.assigned_to);
  const { custom_fields, tags, ...fields } = definedOnly(input);
  const merged = { ...before, ...fields };
  // A PATCH may clear names one by one; the record must still be nameable afterwards.
  if (!leadFullName(merged))
    throw new AppError('validation_error', LEAD_NEEDS_A_NAME, { non_field_errors: [LEAD_NEEDS_A_NAME] });
  const values: Updateable<LeadsTable> = {
    ...fields,
    ...extraFieldsToUpdate({ custom_fields, tags }),
    ...derivedOf(merged),
    updated_at: nowIso(),
  };
  await writeLead(deps, trx, organizationId, id, values, fields.status !== undefined);
  const after = toLead(await findLeadOrThrow(deps, trx, unrestricted(organizationId), id), actor);
  await auditLead(trx, actor, 'update', id, diff(toLead(before, actor), after));
  return after;
}

async function writeLead(
  deps: AppDeps,
  trx: Executor,
  organizationId: number,
  id: number,
  values: Updateable<LeadsTable>,
  changesStatus: boolean,
) {
  if (!changesStatus) return repo(deps, trx).update(organizationId, id, values);
  if (!(await repo(deps, trx).updateUnlessConverted(organizationId, id, values))) throw alreadyConverted();
}

async function setStatus(
  deps: AppDeps,
  actor: TenantActor,
  id: number,
  status: 'qualified' | 'unqualified',
  action: string,
): Promise<Lead> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, leadSchema, async (trx) => {
    const before = await findLeadOrThrow(deps, trx, viewerOf(actor, 'leads'), id);
    assertMayChange(actor, before);
    if (before.status === 'converted') throw alreadyConverted();
    await writeLead(deps, trx, organizationId, id, { status, updated_at: nowIso() }, true);
    const after = toLead(await findLeadOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await auditLead(trx, actor, action, id, diff(toLead(before, actor), after));
    return after;
  });
}

export const qualifyLead = (deps: AppDeps, actor: TenantActor, id: number) =>
  setStatus(deps, actor, id, 'qualified', 'qualify');
export const disqualifyLead = (deps: AppDeps, actor: TenantActor, id: number) =>
  setStatus(deps, actor, id, 'unqualified', 'disqualify');

/** A converted lead's customer stays; it only forgets where it came from. */
export function deleteLead(deps: AppDeps, actor: TenantActor, id: number): Promise<void> {
  return deps.db.kysely.transaction().execute((trx) => removeLead(deps, trx, actor, id));
}

/** The same, inside the caller's transaction: a request's, or a bulk action's. */
async function removeLead(deps: AppDeps, trx: Executor, actor: TenantActor, id: number): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  const before = await findLeadOrThrow(deps, trx, viewerOf(actor, 'leads'), id);
  assertMayChange(actor, before);
  await clearConvertedFromLead(deps, trx, organizationId, id);
  await repo(deps, trx).delete(organizationId, id);
  await auditLead(trx, actor, 'delete', id, diff(toLead(before, actor), null));
}

/** `POST /api/leads/bulk/` (PRODUCT §6): each record through the same rules as its own request. */
export async function bulkLeads(deps: AppDeps, actor: TenantActor, body: BulkInput): Promise<BulkResult> {
  if (body.action === 'assign')
    await assertEmployeeInOrganization(deps.db.kysely, actor.tenant.organizationId, body.assigned_to);
  const matching = (limit: number) =>
    repo(deps).ids(viewerOf(actor, 'leads'), leadFilters(actor, body.filter ?? {}), limit);
  return runBulkAction(deps, actor, 'leads', body, matching, (trx, id) => {
    switch (body.action) {
      case 'assign':
        return changeLead(deps, trx, actor, id, { assigned_to: body.assigned_to });
      case 'set_status':
        return changeLead(deps, trx, actor, id, { status: body.status });
      case 'delete':
        return removeLead(deps, trx, actor, id);
    }
  });
}

/** For other modules: a lead id from a request body must be visible to the caller. */
export async function leadVisible(deps: AppDeps, db: Executor, actor: TenantActor, id: number): Promise<boolean> {
  return repo(deps, db).exists(viewerOf(actor, 'leads'), id);
}

/** Last step of a conversion: 409, and the whole conversion rolls back, if another one won the race. */
async function markConverted(
  deps: AppDeps,
  trx: Executor,
  organizationId: number,
  id: number,
  customerId: number,
): Promise<void> {
  const now = nowIso();
  const claimed = await repo(deps, trx).updateUnlessConverted(organizationId, id, {
    status: 'converted',
    converted_to_customer_id: customerId,
    converted_at: now,
    updated_at: now,
  });
  if (!claimed) throw alreadyConverted();
}

/**
 * The lead's assignee carries over to the customer, except where the caller may assign only
 * themself (an Employee converting a lead they created that someone else now holds): then the
 * customer is theirs rather than the conversion failing.
 */
function carriedAssignee(actor: TenantActor, assignedTo: number | null): number | null | undefined {
  return isLimitedToOwn(actor, 'customers') && assignedTo !== actor.tenant.employeeId ? undefined : assignedTo;
}

function customerFromLead(
  actor: TenantActor,
  lead: LeadRecord,
  input: ConvertInput,
): Parameters<typeof insertCustomer>[3] {
  const company = filled(lead.company);
  return {
    name: leadFullName(lead) || lead.code,
    first_name: lead.first_name,
    last_name: lead.last_name,
    company_name: company || null,
    customer_type: input.customer_type ?? (company ? 'business' : 'individual'),
    email: lead.email,
    phone: lead.phone,
    notes: lead.notes,
    tags: parseStringArray(lead.tags),
    assigned_to: carriedAssignee(actor, lead.assigned_to),
    converted_from_lead_id: lead.id,
  };
}

/** The existing customer named in the body (400 if the organization has none by that id), else a new one. */
async function customerFor(deps: AppDeps, trx: Executor, actor: TenantActor, lead: LeadRecord, input: ConvertInput) {
  if (input.customer_id === undefined) {
    const created = await insertCustomer(deps, trx, actor, customerFromLead(actor, lead, input));
    return { customerId: created.id, created };
  }
  if (!(await customerVisible(deps, trx, actor, input.customer_id))) {
    throw fieldError('customer_id', `Invalid pk "${input.customer_id}" - object does not exist.`);
  }
  return { customerId: input.customer_id, created: null };
}

function assertMayConvert(actor: TenantActor, input: ConvertInput): void {
  const { role } = actor.tenant;
  if (!can(role, 'customers', 'create')) throw forbidden('Converting a lead needs the right to create customers.');
  if (input.create_deal && !can(role, 'deals', 'create'))
    throw forbidden('Creating a deal needs the right to create deals.');
}

/** PRODUCT §5: customer (new or existing), optional deal and the lead's new state, in one transaction. */
export async function convertLead(
  deps: AppDeps,
  actor: TenantActor,
  id: number,
  input: ConvertInput = {},
): Promise<ConvertLeadResponse> {
  assertMayConvert(actor, input);
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, convertLeadResponseSchema, async (trx) => {
    const before = await findLeadOrThrow(deps, trx, viewerOf(actor, 'leads'), id);
    assertMayChange(actor, before);
    if (before.status === 'converted') throw alreadyConverted();
    const { customerId, created } = await customerFor(deps, trx, actor, before, input);
    const deal = input.create_deal
      ? await insertDeal(deps, trx, actor, {
          title: input.deal_title ?? (filled(before.company) || leadFullName(before) || before.code),
          customer_id: customerId,
          value: input.deal_value ?? before.estimated_value ?? 0,
          pipeline_id: input.pipeline_id,
          stage_id: input.stage_id,
          expected_close_date: input.expected_close_date,
          // The lead's owner keeps the deal unless the conversion names another.
          assigned_to: input.assigned_to !== undefined ? input.assigned_to : carriedAssignee(actor, before.assigned_to),
        })
      : null;
    await markConverted(deps, trx, organizationId, id, customerId);
    const lead = toLead(await findLeadOrThrow(deps, trx, unrestricted(organizationId), id), actor);
    await auditLead(trx, actor, 'convert', id, diff(toLead(before, actor), lead));
    const customer = created ?? (await readCustomer(deps, trx, actor, customerId));
    return { lead, customer, deal };
  });
}
