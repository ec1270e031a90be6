import { definedOnly } from '../../core/patch.js';
import {
  type StaffRole,
  type CreateOrganizationBody,
  type MyOrganization,
  type Organization,
  type Paginated,
  type UpdateOrganizationBody,
  organizationSchema,
} from '@crm/contracts';
import type { Executor } from '../../db/connection.js';
import type { OrganizationRow, UserRow } from '../../db/database.js';
import { isUniqueViolation } from '../../db/dialect.js';
import { sealedTransaction } from '../../core/answer.js';
import type { Actor, AppDeps, TenantActor } from '../../core/context.js';
import { AppError, conflict, fieldError, notFound } from '../../core/errors.js';
import { diff, recordAudit } from '../../core/audit.js';
import { nowIso } from '../../core/time.js';
import type { PageRequest } from '../../core/pagination.js';
import { createEmployeeForMember } from '../employees/employees.service.js';
import { clearDefaultOrganization, setDefaultOrganization } from '../users/users.service.js';
import { createDefaultPipeline } from '../pipelines/pipelines.service.js';
import { organizationsRepository } from './organizations.repository.js';
import {
  createMembership,
  findMembership,
  listMembershipsOf,
  pageActiveOrganizationsOf,
} from '../memberships/memberships.service.js';
import { uniqueSlug, slugify } from './slug.js';

export function toOrganization(row: OrganizationRow): Organization {
  const {
    created_by: _createdBy,
    visibility_employee,
    visibility_manager,
    response_hours_urgent,
    response_hours_high,
    response_hours_medium,
    response_hours_low,
    ...organization
  } = row;
  return {
    ...organization,
    record_visibility: { employee: visibility_employee, manager: visibility_manager },
    response_targets: {
      urgent: Number(response_hours_urgent),
      high: Number(response_hours_high),
      medium: Number(response_hours_medium),
      low: Number(response_hours_low),
    },
  };
}

/** The columns a settings change writes: partial `record_visibility` and `response_targets` merge. */
function settingsColumns(changes: Pick<UpdateOrganizationBody, 'record_visibility' | 'response_targets'>) {
  const { record_visibility: visibility, response_targets: targets } = changes;
  return definedOnly({
    visibility_employee: visibility?.employee,
    visibility_manager: visibility?.manager,
    response_hours_urgent: targets?.urgent,
    response_hours_high: targets?.high,
    response_hours_medium: targets?.medium,
    response_hours_low: targets?.low,
  });
}

type OrganizationInput = Omit<CreateOrganizationBody, 'name'> & { name: string };

/**
 * The organization, its Owner membership, the Owner's employee record and the default pipeline:
 * one unit, run inside the caller's transaction (registration or "new organization").
 */
export async function createOrganizationWithOwner(
  trx: Executor,
  owner: UserRow,
  input: OrganizationInput,
  ip: string | null,
): Promise<OrganizationRow> {
  const repo = organizationsRepository(trx);
  const now = nowIso();
  const base = slugify(input.name);
  const slug = uniqueSlug(base, await repo.slugsStartingWith(base));
  const organization = await repo.create({
    name: input.name,
    slug,
    industry: input.industry ?? null,
    website: input.website ?? null,
    phone: input.phone ?? null,
    email: input.email ?? null,
    address: input.address ?? null,
    city: input.city ?? null,
    state: input.state ?? null,
    postal_code: input.postal_code ?? null,
    country: input.country ?? null,
    currency: input.currency ?? 'USD',
    timezone: input.timezone ?? 'UTC',
    created_by: owner.id,
    created_at: now,
    updated_at: now,
  });
  await createMembership(trx, organization.id, owner.id, 'owner');
  await createEmployeeForMember(trx, organization.id, owner, owner.id, ip);
  await createDefaultPipeline(trx, organization.id, owner.id, ip);
  await recordAudit(trx, {
    organizationId: organization.id,
    userId: owner.id,
    action: 'create',
    resourceType: 'organization',
    resourceId: organization.id,
    changes: diff(null, toOrganization(organization)),
    ip,
  });
  return organization;
}

/** A staff membership and its employee record, created together (PRODUCT §2). */
export async function addStaffMember(
  trx: Executor,
  organizationId: number,
  user: UserRow,
  role: Exclude<StaffRole, 'owner'>,
  actorUserId: number,
  ip: string | null,
): Promise<void> {
  await createMembership(trx, organizationId, user.id, role);
  await createEmployeeForMember(trx, organizationId, user, actorUserId, ip);
  await recordAudit(trx, {
    organizationId,
    userId: actorUserId,
    action: 'add_member',
    resourceType: 'membership',
    resourceId: user.id,
    changes: { role: { old: null, new: role } },
    ip,
  });
}

/** A client membership; the caller links the customer it is the portal login of (PRODUCT §2). */
export async function addClientMember(
  trx: Executor,
  organizationId: number,
  userId: number,
  actorUserId: number,
  ip: string | null,
): Promise<void> {
  await createMembership(trx, organizationId, userId, 'client');
  await recordAudit(trx, {
    organizationId,
    userId: actorUserId,
    action: 'add_member',
    resourceType: 'membership',
    resourceId: userId,
    changes: { role: { old: null, new: 'client' } },
    ip,
  });
}

/** Two creators racing for one slug: the loser tries again with the next free suffix. */
async function withSlugRetry<T>(attempt: () => Promise<T>): Promise<T> {
  for (let i = 0; ; i++) {
    try {
      return await attempt();
    } catch (error) {
      if (i >= 4 || !isUniqueViolation(error)) throw error;
    }
  }
}

export async function createOrganization(deps: AppDeps, actor: Actor, body: OrganizationInput): Promise<Organization> {
  return withSlugRetry(() =>
    sealedTransaction(deps.db.kysely, organizationSchema, async (trx) =>
      toOrganization(await createOrganizationWithOwner(trx, actor.user, body, actor.ip)),
    ),
  );
}

/** For modules that know an organization id without a tenant context (an invitation's). */
export async function findOrganization(db: Executor, organizationId: number): Promise<Organization | undefined> {
  const row = await organizationsRepository(db).findById(organizationId);
  return row ? toOrganization(row) : undefined;
}

export async function getOrganization(deps: AppDeps, actor: TenantActor): Promise<Organization> {
  const row = await organizationsRepository(deps.db.kysely).findById(actor.tenant.organizationId);
  if (!row) throw notFound();
  return toOrganization(row);
}

export async function currentOrganization(deps: AppDeps, actor: TenantActor): Promise<MyOrganization> {
  const organization = await getOrganization(deps, actor);
  return {
    organization,
    role: actor.tenant.role,
    status: 'active',
    is_default: organization.id === actor.user.default_organization_id,
  };
}

export async function updateOrganization(
  deps: AppDeps,
  actor: TenantActor,
  body: UpdateOrganizationBody,
): Promise<Organization> {
  const organizationId = actor.tenant.organizationId;
  return sealedTransaction(deps.db.kysely, organizationSchema, async (trx) => {
    const repo = organizationsRepository(trx);
    const before = await repo.findById(organizationId);
    if (!before) throw notFound();
    const { record_visibility, response_targets, ...fields } = definedOnly(body);
    const changes = { ...fields, ...settingsColumns({ record_visibility, response_targets }) };
    if (changes.name === null) throw fieldError('name', 'This field may not be null.');
    // Amounts are stored without a currency of their own: the currency is fixed once money exists.
    if (
      changes.currency !== undefined &&
      changes.currency !== before.currency &&
      (await repo.hasMoneyRecords(organizationId))
    ) {
      throw conflict('The currency cannot change once deals or lead values are recorded in it.', {
        currency: ['The currency cannot change once deals or lead values are recorded in it.'],
      });
    }
    const after = Object.keys(changes).length
      ? await repo.update(organizationId, { ...changes, updated_at: nowIso() })
      : before;
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'update',
      resourceType: 'organization',
      resourceId: organizationId,
      changes: diff(toOrganization(before), toOrganization(after)),
      ip: actor.ip,
    });
    return toOrganization(after);
  });
}

/** Owner only (the matrix), with the organization's exact name typed as confirmation. */
export async function deleteOrganization(deps: AppDeps, actor: TenantActor, confirm: string): Promise<void> {
  const organizationId = actor.tenant.organizationId;
  await deps.db.kysely.transaction().execute(async (trx) => {
    const repo = organizationsRepository(trx);
    const organization = await repo.findById(organizationId);
    if (!organization) throw notFound();
    if (confirm.trim() !== organization.name) {
      throw fieldError('confirm', 'Type the organization name exactly to confirm deletion.');
    }
    await clearDefaultOrganization(trx, organizationId);
    await repo.delete(organizationId);
    // Recorded as an account event: the organization's own audit rows go with it.
    await recordAudit(trx, {
      organizationId: null,
      userId: actor.user.id,
      action: 'delete',
      resourceType: 'organization',
      resourceId: organizationId,
      changes: diff(toOrganization(organization), null),
      ip: actor.ip,
    });
  });
}

export async function listOrganizations(deps: AppDeps, actor: Actor, page: PageRequest) {
  const { rows, count } = await pageActiveOrganizationsOf(deps.db.kysely, actor.user.id, page.limit, page.offset);
  return { results: rows.map(toOrganization), count } satisfies Pick<Paginated<Organization>, 'results' | 'count'>;
}

export async function listMyOrganizations(deps: AppDeps, user: UserRow): Promise<MyOrganization[]> {
  const rows = await listMembershipsOf(deps.db.kysely, user.id);
  return rows.map((r) => ({
    organization: toOrganization(r.organization),
    role: r.role,
    status: r.status,
    is_default: r.organization.id === user.default_organization_id,
  }));
}

/** Makes `organizationId` the caller's default (new tabs and clients that send no header). */
export async function switchOrganization(deps: AppDeps, actor: Actor, organizationId: number): Promise<MyOrganization> {
  const db = deps.db.kysely;
  const membership = await findMembership(db, actor.user.id, organizationId);
  if (!membership) throw notFound();
  if (membership.status !== 'active') throw new AppError('not_a_member');
  const organization = await organizationsRepository(db).findById(organizationId);
  if (!organization) throw notFound();
  await db.transaction().execute(async (trx) => {
    await setDefaultOrganization(trx, actor.user.id, organizationId);
    await recordAudit(trx, {
      organizationId,
      userId: actor.user.id,
      action: 'switch',
      resourceType: 'organization',
      resourceId: organizationId,
      ip: actor.ip,
    });
  });
  return {
    organization: toOrganization(organization),
    role: membership.role,
    status: membership.status,
    is_default: true,
  };
}
