import { can, type TimelineEntry } from '@crm/contracts';
import type { AppDeps, TenantActor } from '../../core/context.js';
import type { Changes } from '../../core/audit.js';
import { notFound } from '../../core/errors.js';
import { CHANGES_MAX_DEPTH, parseJsonObject } from '../../core/json-columns.js';
import type { PageRequest } from '../../core/pagination.js';
import { viewerOf } from '../../core/visibility.js';
import { activitiesByIds } from '../activities/activities.service.js';
import { customerVisible } from '../customers/customers.service.js';
import { dealVisible } from '../deals/deals.service.js';
import { leadVisible } from '../leads/leads.service.js';
import { timelineRepository, type EventRecord, type TimelineSubject } from './timeline.repository.js';

const SUBJECT_VISIBLE = { customer: customerVisible, lead: leadVisible, deal: dealVisible } as const;

const parseChanges = (text: string | null): Changes =>
  text ? (parseJsonObject(text, CHANGES_MAX_DEPTH) as Changes) : {};

/** Old and new values are the audit log's content, so they follow its read permission (Owner, Admin). */
function toEvent(row: EventRecord, mayReadValues: boolean): NonNullable<TimelineEntry['event']> {
  const changes = parseChanges(row.changes);
  return {
    action: row.action,
    resource_type: row.resource_type,
    resource_id: row.resource_id,
    user_id: row.user_id,
    user_name: row.user_name,
    changes: mayReadValues ? changes : null,
    fields: Object.keys(changes),
  };
}

/** Activities and audit events of a record, newest first; one query per source for the page's rows. */
export async function listTimeline(deps: AppDeps, actor: TenantActor, subject: TimelineSubject, page: PageRequest) {
  const organizationId = actor.tenant.organizationId;
  const db = deps.db.kysely;
  if (!(await SUBJECT_VISIBLE[subject.type](deps, db, actor, subject.id))) throw notFound();

  const timeline = timelineRepository(db);
  const viewers = { activities: viewerOf(actor, 'activities'), deals: viewerOf(actor, 'deals') };
  const [refs, count] = await Promise.all([
    timeline.page(viewers, subject, page.limit, page.offset),
    timeline.count(viewers, subject),
  ]);
  const idsOf = (kind: 'activity' | 'event') => refs.filter((r) => r.kind === kind).map((r) => r.id);
  const [activities, events] = await Promise.all([
    activitiesByIds(deps, actor, idsOf('activity')),
    timeline.eventsByIds(organizationId, idsOf('event')),
  ]);
  const activityById = new Map(activities.map((a) => [a.id, a]));
  const eventById = new Map(events.map((e) => [Number(e.id), e]));
  const mayReadValues = can(actor.tenant.role, 'audit_log', 'read');

  const results: TimelineEntry[] = [];
  for (const ref of refs) {
    // A row deleted between the two reads is simply left out of the page.
    if (ref.kind === 'activity') {
      const activity = activityById.get(ref.id);
      if (activity) results.push({ id: `activity-${ref.id}`, kind: 'activity', at: ref.at, activity, event: null });
    } else {
      const event = eventById.get(ref.id);
      if (event)
        results.push({
          id: `event-${ref.id}`,
          kind: 'event',
          at: ref.at,
          activity: null,
          event: toEvent(event, mayReadValues),
        });
    }
  }
  return { results, count };
}
