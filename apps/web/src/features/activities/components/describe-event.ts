import type { TimelineEntry } from '@crm/contracts';
import { statusLabel } from '@/components/ui';
import type { TimelineSubjectKind } from '../api/timeline-keys';

export type TimelineEvent = NonNullable<TimelineEntry['event']>;

export interface DescribedChange {
  field: string;
  label: string;
  oldValue: string;
  newValue: string;
}

const SUBJECT_TYPE: Record<TimelineSubjectKind, string> = { customers: 'customer', leads: 'lead', deals: 'deal' };

/** Bookkeeping every write touches: listing it would bury the fields a person changed. */
const BOOKKEEPING_FIELDS = new Set(['id', 'code', 'created_at', 'updated_at', 'created_by', 'stage_entered_at']);
/** Values that are enum codes read better as their labels ("in_progress" → "In progress"). */
const ENUM_FIELDS = new Set(['status', 'customer_type', 'source', 'type']);
const MAX_VALUE_LENGTH = 80;

/** An id whose name changed alongside it says nothing the name does not ("stage_id" next to "stage_name"). */
function isShadowedId(field: string, fields: readonly string[]): boolean {
  if (field === 'assigned_to') return fields.includes('assigned_to_name');
  return field.endsWith('_id') && fields.includes(field.replace(/_id$/, '_name'));
}

export function visibleFields(fields: readonly string[]): string[] {
  return fields.filter((field) => !BOOKKEEPING_FIELDS.has(field) && !isShadowedId(field, fields));
}

export function fieldLabel(field: string): string {
  return field.replace(/_name$/, '').replace(/_/g, ' ');
}

export function formatChangeValue(field: string, value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  if (typeof value === 'string' && ENUM_FIELDS.has(field)) return statusLabel(value);
  const text =
    typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? '');
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** The record the event is about, by name when the audit row carries it ("the deal “Initech”"). */
function recordNoun(event: TimelineEvent, subjectKind: TimelineSubjectKind): string {
  if (event.resource_type === SUBJECT_TYPE[subjectKind]) return `this ${event.resource_type}`;
  const nameChange = event.changes?.title ?? event.changes?.name;
  const name = nameChange ? (nameChange.new ?? nameChange.old) : null;
  return typeof name === 'string' && name !== '' ? `the ${event.resource_type} “${name}”` : `a ${event.resource_type}`;
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
export function describeChanges(event: TimelineEvent): DescribedChange[] {
  if (!event.changes || event.action === 'create' || event.action === 'delete') return [];
  const changes = event.changes;
  return visibleFields(Object.keys(changes)).flatMap((field) => {
    const change = changes[field];
    if (!change) return [];
    return [
      {
        field,
        label: fieldLabel(field),
        oldValue: formatChangeValue(field, change.old),
        newValue: formatChangeValue(field, change.new),
      },
    ];
  });
}
