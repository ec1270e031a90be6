import type { TimelineEntry } from '@crm/contracts';
import type { TimelineSubjectKind } from '../api/timeline-keys';
import {
  DEFAULT_VALUE_FORMAT,
  fieldLabel,
  formatFieldValue,
  recordNameIn,
  visibleFields,
  type ValueFormat,
} from '../lib/field-changes';

export type TimelineEvent = NonNullable<TimelineEntry['event']>;

export interface DescribedChange {
  field: string;
  label: string;
  oldValue: string;
  newValue: string;
}

const SUBJECT_TYPE: Record<TimelineSubjectKind, string> = { customers: 'customer', leads: 'lead', deals: 'deal' };

/** The record the event is about, by name when the audit row carries it ("the deal “Initech”"). */
function recordNoun(event: TimelineEvent, subjectKind: TimelineSubjectKind): string {
  if (event.resource_type === SUBJECT_TYPE[subjectKind]) return `this ${event.resource_type}`;
  const name = recordNameIn(event.changes);
  return name ? `the ${event.resource_type} “${name}”` : `a ${event.resource_type}`;
}

/** "Olivia changed status, notes", "Olivia moved the deal “Initech” to Proposal". */
export function describeEvent(event: TimelineEvent, subjectKind: TimelineSubjectKind): string {
  const actor = event.user_name ?? 'Someone';
  const noun = recordNoun(event, subjectKind);
  const isOwnRecord = noun.startsWith('this ');
  switch (event.action) {
    case 'create':
      return `${actor} created ${noun}`;
    case 'delete':
      return `${actor} deleted ${noun}`;
    case 'update': {
      const fields = visibleFields(event.fields).map(fieldLabel);
      if (fields.length === 0) return `${actor} updated ${noun}`;
      return `${actor} changed ${fields.join(', ')}${isOwnRecord ? '' : ` of ${noun}`}`;
    }
    case 'move_stage': {
      const stage = event.changes?.stage_name?.new;
      return `${actor} moved ${noun} to ${typeof stage === 'string' ? stage : 'another stage'}`;
    }
    case 'won':
      return `${actor} marked ${noun} as won`;
    case 'lost':
      return `${actor} marked ${noun} as lost`;
    case 'reopen':
      return `${actor} reopened ${noun}`;
    case 'qualify':
      return `${actor} qualified ${noun}`;
    case 'disqualify':
      return `${actor} disqualified ${noun}`;
    case 'convert':
      return `${actor} converted ${noun} into a customer`;
    default:
      return `${actor} ${event.action.replace(/_/g, ' ')} ${noun}`;
  }
}

/**
 * Old → new per field, when the viewer may see values (Owner and Admin). A create or a delete
 * carries the whole record, which the sentence already sums up, so those list nothing.
 */
export function describeChanges(event: TimelineEvent, format: ValueFormat = DEFAULT_VALUE_FORMAT): DescribedChange[] {
  if (!event.changes || event.action === 'create' || event.action === 'delete') return [];
  const changes = event.changes;
  return visibleFields(Object.keys(changes)).flatMap((field) => {
    const change = changes[field];
    if (!change) return [];
    return [
      {
        field,
        label: fieldLabel(field),
        oldValue: formatFieldValue(field, change.old, format),
        newValue: formatFieldValue(field, change.new, format),
      },
    ];
  });
}
