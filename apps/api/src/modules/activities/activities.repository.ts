import { sql, type Insertable, type Updateable } from 'kysely';
import type { ACTIVITY_ORDERING, ActivityType } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import type { ActivitiesTable, ActivityRow } from '../../db/database.js';
import { fullNameOf, userNameOf } from '../../db/expressions.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface ActivityFilters {
  search?: string;
  type?: ActivityType;
  customerId?: number;
  leadId?: number;
  dealId?: number;
  /** An employee id, or null for unassigned records. */
  assignedTo?: number | null;
  isCompleted?: boolean;
  /** Open activities due in [dueFrom, dueUntil) (either end optional): my work's buckets. */
  due?: { from?: string; until?: string };
  createdFrom?: string;
  createdUntil?: string;
}

export type ActivityOrderField = (typeof ACTIVITY_ORDERING)[number];

export interface ActivityRecord extends ActivityRow {
  assigned_to_name: string | null;
  created_by_name: string | null;
  related_name: string | null;
}

export function activitiesRepository(db: Executor, dialect: Dialect) {
  /** The viewer's activities matching the filters: shared by the page query, the count and lookups. */
  const filtered = (viewer: Viewer, f: ActivityFilters) =>
    db
      .selectFrom('activities')
      .where('activities.organization_id', '=', viewer.organizationId)
      .where(visibleRows(viewer, 'activities', 'activities'))
      .$if(!!f.search, (q) => q.where(matchesSearch(dialect, 'activities', f.search ?? '')))
      .$if(!!f.type, (q) => q.where('activities.type', '=', f.type as ActivityType))
      .$if(f.customerId !== undefined, (q) => q.where('activities.customer_id', '=', f.customerId as number))
      .$if(f.leadId !== undefined, (q) => q.where('activities.lead_id', '=', f.leadId as number))
      .$if(f.dealId !== undefined, (q) => q.where('activities.deal_id', '=', f.dealId as number))
      .$if(f.assignedTo !== undefined, (q) =>
        f.assignedTo === null
          ? q.where('activities.assigned_to', 'is', null)
          : q.where('activities.assigned_to', '=', f.assignedTo as number),
      )
      .$if(f.isCompleted === true, (q) => q.where('activities.completed_at', 'is not', null))
      .$if(f.isCompleted === false, (q) => q.where('activities.completed_at', 'is', null))
      .$if(f.due !== undefined, (q) =>
        q
          .where('activities.completed_at', 'is', null)
          .where('activities.due_at', 'is not', null)
          .$if(f.due?.from !== undefined, (d) => d.where('activities.due_at', '>=', f.due?.from as string))
          .$if(f.due?.until !== undefined, (d) => d.where('activities.due_at', '<', f.due?.until as string)),
      )
      .$if(!!f.createdFrom, (q) => q.where('activities.created_at', '>=', f.createdFrom as string))
      .$if(!!f.createdUntil, (q) => q.where('activities.created_at', '<', f.createdUntil as string));

  /** The row with its assignee's and creator's names joined in: no N+1 on lists. */
  const withNames = (viewer: Viewer, f: ActivityFilters = {}) =>
    filtered(viewer, f)
      .leftJoin('employees as e', 'e.id', 'activities.assigned_to')
      .leftJoin('users as u', 'u.id', 'activities.created_by')
      .leftJoin('customers as rc', 'rc.id', 'activities.customer_id')
      .leftJoin('leads as rl', 'rl.id', 'activities.lead_id')
      .leftJoin('deals as rd', 'rd.id', 'activities.deal_id')
      .selectAll('activities')
      .select([
        fullNameOf('e').as('assigned_to_name'),
        userNameOf('u').as('created_by_name'),
        sql<
          string | null
        >`coalesce(rc.name, rd.title, nullif(trim(coalesce(rl.first_name, '') || ' ' || coalesce(rl.last_name, '')), ''), rl.company)`.as(
          'related_name',
        ),
      ]);

  return {
    async list(
      viewer: Viewer,
      filters: ActivityFilters,
      ordering: Ordering<ActivityOrderField>,
      limit: number,
      offset: number,
    ): Promise<ActivityRecord[]> {
      // due_at is the one nullable field: nulls last in both directions, so SQLite and PostgreSQL
      // page the same way. The others keep a plain order, which PostgreSQL can read off an index.
      const nullable = ordering.field === 'due_at';
      return withNames(viewer, filters)
        .orderBy(`activities.${ordering.field}`, (ob) => {
          const directed = ordering.direction === 'asc' ? ob.asc() : ob.desc();
          return nullable ? directed.nullsLast() : directed;
        })
        .orderBy('activities.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, filters: ActivityFilters): Promise<number> {
      const row = await filtered(viewer, filters)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async findById(viewer: Viewer, id: number): Promise<ActivityRecord | undefined> {
      return withNames(viewer).where('activities.id', '=', id).executeTakeFirst();
    },

    async findByIds(viewer: Viewer, ids: readonly number[]): Promise<ActivityRecord[]> {
      if (ids.length === 0) return [];
      return withNames(viewer).where('activities.id', 'in', ids).execute();
    },

    async create(
      organizationId: number,
      values: Omit<Insertable<ActivitiesTable>, 'organization_id'>,
    ): Promise<number> {
      const row = await db
        .insertInto('activities')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<ActivitiesTable>): Promise<void> {
      await db
        .updateTable('activities')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    /** Sets completed_at only while it is unset: false when another request completed it first. */
    async complete(organizationId: number, id: number, at: string): Promise<boolean> {
      const result = await db
        .updateTable('activities')
        .set({ completed_at: at, updated_at: at })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('completed_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    async delete(organizationId: number, id: number): Promise<void> {
      await db.deleteFrom('activities').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },
  };
}
