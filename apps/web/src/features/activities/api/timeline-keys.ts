/** The records that have a timeline, named as in their API paths (`/api/<kind>/{id}/timeline/`). */
export type TimelineSubjectKind = 'customers' | 'leads' | 'deals';

export interface TimelineSubject {
  kind: TimelineSubjectKind;
  id: number;
}

/**
 * Every mutation that writes an audit row or an activity invalidates `timelineKeys.all`: a deal's
 * entries also show on its customer's timeline, so narrower keys would leave that one stale.
 */
export const timelineKeys = {
  all: ['timeline'] as const,
  of: (subject: TimelineSubject) => [...timelineKeys.all, subject.kind, subject.id] as const,
};

export const activityKeys = {
  all: ['activities'] as const,
};
