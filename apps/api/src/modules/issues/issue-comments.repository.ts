import { expressionBuilder, type Expression, type Insertable, type SqlBool } from 'kysely';
import type { Executor } from '../../db/connection.js';
import type { IssueCommentRow, IssueCommentsTable, IssuesTable } from '../../db/database.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export function issueCommentsRepository(db: Executor) {
  /**
   * The viewer's comments of issue `issueId`: the issue must be visible to them, and a Client
   * (scope `own_customer`) never gets an internal note, whatever the caller asks (PRODUCT §3).
   */
  const visible = (viewer: Viewer, issueId: number): Expression<SqlBool> => {
    const eb = expressionBuilder<{ ic: IssueCommentsTable; i: IssuesTable }, 'ic' | 'i'>();
    const conditions: Expression<SqlBool>[] = [
      eb('ic.organization_id', '=', viewer.organizationId),
      eb('ic.issue_id', '=', issueId),
      eb('i.organization_id', '=', viewer.organizationId),
      visibleRows(viewer, 'issues', 'i'),
    ];
    if (viewer.scope === 'own_customer') conditions.push(eb('ic.is_internal', '=', false));
    return eb.and(conditions);
  };

  const scoped = (viewer: Viewer, issueId: number) =>
    db
      .selectFrom('issue_comments as ic')
      .innerJoin('issues as i', 'i.id', 'ic.issue_id')
      .where(visible(viewer, issueId));

  return {
    /** Oldest first, as a conversation reads. */
    list(viewer: Viewer, issueId: number, limit: number, offset: number): Promise<IssueCommentRow[]> {
      return scoped(viewer, issueId)
        .selectAll('ic')
        .orderBy('ic.created_at', 'asc')
        .orderBy('ic.id', 'asc')
        .limit(limit)
        .offset(offset)
        .execute();
    },

    async count(viewer: Viewer, issueId: number): Promise<number> {
      const row = await scoped(viewer, issueId)
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    findById(viewer: Viewer, issueId: number, id: number): Promise<IssueCommentRow | undefined> {
      return scoped(viewer, issueId).selectAll('ic').where('ic.id', '=', id).executeTakeFirst();
    },

    async create(
      organizationId: number,
      values: Omit<Insertable<IssueCommentsTable>, 'organization_id'>,
    ): Promise<number> {
      const row = await db
        .insertInto('issue_comments')
        .values({ ...values, organization_id: organizationId })
        .returning('id')
        .executeTakeFirstOrThrow();
      return row.id;
    },
  };
}
