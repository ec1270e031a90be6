/** What other features use of activities: the timeline of a record and the keys that refresh it. */
export { activityKeys, timelineKeys, type TimelineSubject } from './api/timeline-keys';
export { TimelineSection } from './components/timeline-section';
