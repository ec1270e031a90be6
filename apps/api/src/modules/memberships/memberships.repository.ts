import type { MembershipStatus, Role } from '@crm/contracts';
import type { Executor } from '../../db/connection.js';
import type { OrganizationRow } from '../../db/database.js';

export interface MembershipWithEmployee {
  organizationId: number;
  role: Role;
  status: MembershipStatus;
  joinedAt: string;
  employeeId: number | null;
  timeZone: string;
  currency: string;
  visibilityEmployee: 'all' | 'own';
  visibilityManager: 'all' | 'team';
}

/**
 * Memberships looked up by user are global by nature (which organizations does this user belong
 * to?); those looked up within one organization take its id first.
 */
export function membershipsRepository(db: Executor) {
  const withEmployee = () =>
    db
      .selectFrom('memberships as m')
      .innerJoin('organizations as o', 'o.id', 'm.organization_id')
      .leftJoin('employees as e', (join) =>
        join.onRef('e.organization_id', '=', 'm.organization_id').onRef('e.user_id', '=', 'm.user_id'),
      )
      .select([
        'm.organization_id as organizationId',
        'm.role',
        'm.status',
        'm.joined_at as joinedAt',
        'e.id as employeeId',
        'o.timezone as timeZone',
        'o.currency',
        'o.visibility_employee as visibilityEmployee',
        'o.visibility_manager as visibilityManager',
      ]);

  return {
    findForUser(organizationId: number, userId: number): Promise<MembershipWithEmployee | undefined> {
      return withEmployee()
        .where('m.organization_id', '=', organizationId)
        .where('m.user_id', '=', userId)
        .executeTakeFirst();
    },

    /** The most recently joined active membership: the fallback active organization. */
    latestActiveForUser(userId: number): Promise<MembershipWithEmployee | undefined> {
      return withEmployee()
        .where('m.user_id', '=', userId)
        .where('m.status', '=', 'active')
        .orderBy('m.joined_at', 'desc')
        .orderBy('m.id', 'desc')
        .executeTakeFirst();
    },

    async listForUser(
      userId: number,
    ): Promise<{ organization: OrganizationRow; role: Role; status: MembershipStatus }[]> {
      const rows = await db
        .selectFrom('memberships as m')
        .innerJoin('organizations as o', 'o.id', 'm.organization_id')
        .selectAll('o')
        .select(['m.role as membership_role', 'm.status as membership_status'])
        .where('m.user_id', '=', userId)
        .orderBy('o.name')
        .orderBy('o.id')
        .execute();
      return rows.map(({ membership_role, membership_status, ...organization }) => ({
        organization,
        role: membership_role,
        status: membership_status,
      }));
    },

    async countActiveOrganizationsForUser(userId: number): Promise<number> {
      const row = await db
        .selectFrom('memberships')
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .where('user_id', '=', userId)
        .where('status', '=', 'active')
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    listActiveOrganizationsForUser(userId: number, limit: number, offset: number): Promise<OrganizationRow[]> {
      return db
        .selectFrom('memberships as m')
        .innerJoin('organizations as o', 'o.id', 'm.organization_id')
        .selectAll('o')
        .where('m.user_id', '=', userId)
        .where('m.status', '=', 'active')
        .orderBy('o.name')
        .orderBy('o.id')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async create(organizationId: number, userId: number, role: Role, now: string): Promise<void> {
      await db
        .insertInto('memberships')
        .values({
          organization_id: organizationId,
          user_id: userId,
          role,
          status: 'active',
          joined_at: now,
          updated_at: now,
        })
        .execute();
    },

    async delete(organizationId: number, userId: number): Promise<void> {
      await db
        .deleteFrom('memberships')
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .execute();
    },
  };
}
