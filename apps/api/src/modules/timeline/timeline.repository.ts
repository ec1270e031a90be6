import { sql } from 'kysely';
import type { Executor } from '../../db/connection.js';
import { userNameOf } from '../../db/expressions.js';
import { visibleRows, type Viewer } from '../../core/visibility.js';

export type TimelineSubjectType = 'customer' | 'lead' | 'deal';
export type TimelineKind = 'activity' | 'event';

export interface TimelineSubject {
  type: TimelineSubjectType;
  id: number;
}

/** The caller, as the two kinds of rows a timeline lists see them. */
export interface TimelineViewers {
  activities: Viewer;
  deals: Viewer;
}

export interface TimelineRef {
  kind: TimelineKind;
  id: number;
  at: string;
}

export interface EventRecord {
  id: number;
  action: string;
  resource_type: string;
  resource_id: number | null;
  user_id: number | null;
  user_name: string | null;
  changes: string | null;
  created_at: string;
}

const ACTIVITY_LINK = {
  customer: 'activities.customer_id',
  lead: 'activities.lead_id',
  deal: 'activities.deal_id',
} as const;

/**
 * Reads across activities, audit_logs and deals: the timeline is a view over those tables, and
 * ordering and paging their union can only happen in one query.
 */
export function timelineRepository(db: Executor) {
  /** A customer's timeline takes in its deals (those it holds now) that the caller can see. */
  const dealsOf = (viewer: Viewer, customerId: number) =>
    db
      .selectFrom('deals')
      .select('deals.id')
      .where('deals.organization_id', '=', viewer.organizationId)
      .where(visibleRows(viewer, 'deals', 'deals'))
      .where('deals.customer_id', '=', customerId);

  const activitiesWhere = (viewer: Viewer) =>
    db
      .selectFrom('activities')
      .select([sql<TimelineKind>`'activity'`.as('kind'), 'activities.id', 'activities.created_at as at'])
      .where('activities.organization_id', '=', viewer.organizationId)
      .where(visibleRows(viewer, 'activities', 'activities'));

  const eventsAbout = (organizationId: number, resourceType: TimelineSubjectType) =>
    db
      .selectFrom('audit_logs')
      .select([sql<TimelineKind>`'event'`.as('kind'), 'audit_logs.id', 'audit_logs.created_at as at'])
      .where('audit_logs.organization_id', '=', organizationId)
      .where('audit_logs.resource_type', '=', resourceType);

  /**
   * One branch per link column and resource type rather than ORs, so each branch is an equality on
   * its own (organization_id, …) index. An activity has exactly one link, so no row comes twice.
   */
  const entries = (viewers: TimelineViewers, subject: TimelineSubject) => {
    const organizationId = viewers.activities.organizationId;
    const own = activitiesWhere(viewers.activities)
      .where(ACTIVITY_LINK[subject.type], '=', subject.id)
      .unionAll(eventsAbout(organizationId, subject.type).where('audit_logs.resource_id', '=', subject.id));
    if (subject.type !== 'customer') return own.as('entries');
    const deals = dealsOf(viewers.deals, subject.id);
    return own
      .unionAll(activitiesWhere(viewers.activities).where('activities.deal_id', 'in', deals))
      .unionAll(eventsAbout(organizationId, 'deal').where('audit_logs.resource_id', 'in', deals))
      .as('entries');
  };

  return {
    /** One page of (kind, id, at), newest first, ordered and cut in the database. */
    async page(
      viewers: TimelineViewers,
      subject: TimelineSubject,
      limit: number,
      offset: number,
    ): Promise<TimelineRef[]> {
      const rows = await db
        .selectFrom(entries(viewers, subject))
        .select(['entries.kind', 'entries.id', 'entries.at'])
        .orderBy('entries.at', 'desc')
        .orderBy('entries.kind', 'desc')
        .orderBy('entries.id', 'desc')
        .limit(limit)
        .offset(offset)
        .execute();
      return rows.map((row) => ({ kind: row.kind, id: Number(row.id), at: row.at }));
    },

    async count(viewers: TimelineViewers, subject: TimelineSubject): Promise<number> {
      const row = await db
        .selectFrom(entries(viewers, subject))
        .select((eb) => eb.fn.countAll<number>().as('count'))
        .executeTakeFirstOrThrow();
      return Number(row.count);
    },

    async eventsByIds(organizationId: number, ids: readonly number[]): Promise<EventRecord[]> {
      if (ids.length === 0) return [];
      return db
        .selectFrom('audit_logs as l')
        .leftJoin('users as u', 'u.id', 'l.user_id')
        .select([
          'l.id',
          'l.action',
          'l.resource_type',
          'l.resource_id',
          'l.user_id',
          'l.changes',
          'l.created_at',
          userNameOf('u').as('user_name'),
        ])
        .where('l.organization_id', '=', organizationId)
        .where('l.id', 'in', ids)
        .execute();
    },
  };
}
