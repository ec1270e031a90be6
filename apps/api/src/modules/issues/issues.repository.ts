import { expressionBuilder, sql, type Expression, type Insertable, type SqlBool, type Updateable } from 'kysely';
import type { ISSUE_ORDERING, IssueCategory, IssuePriority, IssueStatus } from '@crm/contracts';
import type { Dialect, Executor } from '../../db/connection.js';
import type { IssueRow, IssuesTable } from '../../db/database.js';
import { fullNameOf } from '../../db/expressions.js';
import { matchesSearch } from '../../db/search.js';
import type { Ordering } from '../../core/ordering.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export interface IssueFilters {
  search?: string;
  status?: IssueStatus;
  priority?: IssuePriority;
  category?: IssueCategory;
  customerId?: number;
  orderId?: number;
  /** An employee id, or null for unassigned issues. */
  assignedTo?: number | null;
  /** Issues with no first response whose due time is before this instant. */
  overdueAt?: string;
  createdFrom?: string;
  createdUntil?: string;
}

export type IssueOrderField = (typeof ISSUE_ORDERING)[number];

export interface IssueRecord extends IssueRow {
  customer_name: string;
  order_code: string | null;
  assigned_to_name: string | null;
}

/** Priority and status sort by meaning (low → urgent, open → closed), not alphabetically. */
const RANKED: Partial<Record<IssueOrderField, Expression<number>>> = {
  priority: sql<number>`case i.priority when 'low' then 1 when 'medium' then 2 when 'high' then 3 else 4 end`,
  status: sql<number>`case i.status when 'open' then 1 when 'in_progress' then 2 when 'resolved' then 3 else 4 end`,
};

export function issuesRepository(db: Executor, dialect: Dialect) {
  /** The issue with its customer's name, order code and assignee's name: one query, no N+1. */
  const withDerived = () =>
    db
      .selectFrom('issues as i')
      .innerJoin('customers as c', 'c.id', 'i.customer_id')
      .leftJoin('orders as o', 'o.id', 'i.order_id')
      .leftJoin('employees as e', 'e.id', 'i.assigned_to')
      .selectAll('i')
      .select(['c.name as customer_name', 'o.code as order_code', fullNameOf('e').as('assigned_to_name')]);

  /** The viewer's issues of the organization, as one condition on alias `i`. */
  const visible = (viewer: Viewer): Expression<SqlBool> => {
    const eb = expressionBuilder<{ i: IssuesTable }, 'i'>();
    return eb.and([eb('i.organization_id', '=', viewer.organizationId), visibleRows(viewer, 'issues', 'i')]);
  };

  /** The filters as one condition on alias `i`, shared by the page query and the count. */
  const matching = (viewer: Viewer, f: IssueFilters): Expression<SqlBool> => {
    const eb = expressionBuilder<{ i: IssuesTable }, 'i'>();
    const conditions: Expression<SqlBool>[] = [visible(viewer)];
    if (f.search) conditions.push(matchesSearch(dialect, 'issues', f.search, 'i'));
    if (f.status) conditions.push(eb('i.status', '=', f.status));
    if (f.priority) conditions.push(eb('i.priority', '=', f.priority));
    if (f.category) conditions.push(eb('i.category', '=', f.category));
    if (f.customerId !== undefined) conditions.push(eb('i.customer_id', '=', f.customerId));
    if (f.orderId !== undefined) conditions.push(eb('i.order_id', '=', f.orderId));
    if (f.assignedTo !== undefined)
      conditions.push(f.assignedTo === null ? eb('i.assigned_to', 'is', null) : eb('i.assigned_to', '=', f.assignedTo));
    if (f.overdueAt)
      conditions.push(
        eb.and([eb('i.first_responded_at', 'is', null), eb('i.first_response_due_at', '<', f.overdueAt)]),
      );
    if (f.createdFrom) conditions.push(eb('i.created_at', '>=', f.createdFrom));
    if (f.createdUntil) conditions.push(eb('i.created_at', '<', f.createdUntil));
    return eb.and(conditions);
  };

  return {
    list(
      viewer: Viewer,
      filters: IssueFilters,
      ordering: Ordering<IssueOrderField>,
      limit: number,
      offset: number,
    ): Promise<IssueRecord[]> {
      return withDerived()
        .where(matching(viewer, filters))
        .orderBy(RANKED[ordering.field] ?? sql.ref(`i.${ordering.field}`), ordering.direction)
        .orderBy('i.id', ordering.direction)
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, filters: IssueFilters): Promise<number> {
      const row = await db
        .selectFrom('issues as i')
        .where(matching(viewer, filters))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(viewer: Viewer, id: number): Promise<IssueRecord | undefined> {
      return withDerived().where(visible(viewer)).where('i.id', '=', id).executeTakeFirst();
    },

    async create(organizationId: number, values: Omit<Insertable<IssuesTable>, 'organization_id'>): Promise<number> {
      const row = await db
        .insertInto('issues')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },

    async update(organizationId: number, id: number, values: Updateable<IssuesTable>): Promise<void> {
      await db
        .updateTable('issues')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .execute();
    },

    /**
     * A status change that holds only while the issue is still in one of `from`: of two concurrent
     * moves, the second finds the status changed and updates nothing (false).
     */
    async updateFromStatus(
      organizationId: number,
      id: number,
      from: readonly IssueStatus[],
      values: Updateable<IssuesTable>,
    ): Promise<boolean> {
      const result = await db
        .updateTable('issues')
        .set(values)
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', 'in', from)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Open or in progress → resolved; the resolution is the first response if none came before. */
    async resolve(organizationId: number, id: number, at: string, notes: string | null): Promise<boolean> {
      const result = await db
        .updateTable('issues')
        .set({
          status: 'resolved',
          resolved_at: at,
          resolution_notes: notes,
          first_responded_at: sql<string>`coalesce(first_responded_at, ${at})`,
          updated_at: at,
        })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('status', 'in', ['open', 'in_progress'])
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** Sets the first response unless one is already recorded; false when it was. */
    async markFirstResponse(organizationId: number, id: number, at: string): Promise<boolean> {
      const result = await db
        .updateTable('issues')
        .set({ first_responded_at: at, updated_at: at })
        .where('organization_id', '=', organizationId)
        .where('id', '=', id)
        .where('first_responded_at', 'is', null)
        .executeTakeFirst();
      return Number(result.numUpdatedRows) > 0;
    },

    /** The issue and its comments. */
    async delete(organizationId: number, id: number): Promise<void> {
      await db
        .deleteFrom('issue_comments')
        .where('organization_id', '=', organizationId)
        .where('issue_id', '=', id)
        .execute();
      await db.deleteFrom('issues').where('organization_id', '=', organizationId).where('id', '=', id).execute();
    },
  };
}
