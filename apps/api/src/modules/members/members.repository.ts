import { sql } from 'kysely';
import type { MembershipStatus, Role } from '@crm/contracts';
import type { Executor } from '../../db/connection.js';

export interface MemberRecord {
  user_id: number;
  username: string;
  email: string;
  first_name: string | null;
  last_name: string | null;
  default_organization_id: number | null;
  role: Role;
  status: MembershipStatus;
  joined_at: string;
  employee_id: number | null;
  employee_status: string | null;
  customer_id: number | null;
}

export interface MemberFilters {
  role?: Role;
  status?: MembershipStatus;
}

/**
 * The memberships of one organization with their user and their link (employee record for staff,
 * customer for clients). Every method takes the organization id first.
 */
export function membersRepository(db: Executor) {
  const base = (organizationId: number) =>
    db
      .selectFrom('memberships as m')
      .innerJoin('users as u', 'u.id', 'm.user_id')
      .where('m.organization_id', '=', organizationId);

  const withLinks = (organizationId: number) =>
    base(organizationId)
      .leftJoin('employees as e', (join) =>
        join.onRef('e.organization_id', '=', 'm.organization_id').onRef('e.user_id', '=', 'm.user_id'),
      )
      .leftJoin('customers as c', (join) =>
        join.onRef('c.organization_id', '=', 'm.organization_id').onRef('c.user_id', '=', 'm.user_id'),
      )
      .select([
        'u.id as user_id',
        'u.username',
        'u.email',
        'u.first_name',
        'u.last_name',
        'u.default_organization_id',
        'm.role',
        'm.status',
        'm.joined_at',
        'e.id as employee_id',
        'e.status as employee_status',
        'c.id as customer_id',
      ]);

  return {
    list(organizationId: number, filters: MemberFilters, limit: number, offset: number): Promise<MemberRecord[]> {
      return withLinks(organizationId)
        .$if(filters.role !== undefined, (qb) => qb.where('m.role', '=', filters.role as Role))
        .$if(filters.status !== undefined, (qb) => qb.where('m.status', '=', filters.status as MembershipStatus))
        .orderBy('m.joined_at')
        .orderBy('m.id')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(organizationId: number, filters: MemberFilters): Promise<number> {
      const row = await base(organizationId)
        .$if(filters.role !== undefined, (qb) => qb.where('m.role', '=', filters.role as Role))
        .$if(filters.status !== undefined, (qb) => qb.where('m.status', '=', filters.status as MembershipStatus))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    find(organizationId: number, userId: number): Promise<MemberRecord | undefined> {
      return withLinks(organizationId).where('m.user_id', '=', userId).executeTakeFirst();
    },

    /** Whether the email (case-insensitive) belongs to a member of the organization, whatever the status. */
    async hasMemberWithEmail(organizationId: number, email: string): Promise<boolean> {
      const row = await base(organizationId)
        .select('m.id')
        .where(sql`lower(u.email)`, '=', email.toLowerCase())
        .executeTakeFirst();
      return row !== undefined;
    },

    /** With `ifRole`, only while the member still has that role; false when nothing changed. */
    async update(
      organizationId: number,
      userId: number,
      values: { role?: Role; status?: MembershipStatus },
      now: string,
      ifRole?: Role,
    ): Promise<boolean> {
      const result = await db
        .updateTable('memberships')
        .set({ ...values, updated_at: now })
        .where('organization_id', '=', organizationId)
        .where('user_id', '=', userId)
        .$if(ifRole !== undefined, (qb) => qb.where('role', '=', ifRole as Role))
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
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
