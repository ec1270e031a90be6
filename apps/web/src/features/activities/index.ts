/** What other features use of activities: the timeline of a record, the keys that refresh it, how an activity looks. */
export { activityKeys, timelineKeys, type TimelineSubject } from './api/timeline-keys';
export { TimelineSection } from './components/timeline-section';
export { ACTIVITY_TYPE_STYLES } from './components/activity-type';
export { activityRecordLink, type ActivityRecordLink } from './lib/activity-record';
export { fieldLabel, formatFieldValue, recordNameIn, visibleFields, type ValueFormat } from './lib/field-changes';
export { useValueFormat } from './lib/use-value-format';
