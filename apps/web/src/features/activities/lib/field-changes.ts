import { statusLabel } from '@/components/ui';
import { formatCalendarDate, formatDateTime, formatMoney } from '@/lib/format';

/**
 * How a record's recorded changes read, on timelines and in the audit log: by name rather than by
 * id, without what the server derives from other fields, with money and dates formatted.
 */

/** Bookkeeping every write touches: listing it would bury the fields a person changed. */
const BOOKKEEPING_FIELDS = new Set([
  'id',
  'code',
  'organization_id',
  'created_at',
  'updated_at',
  'created_by',
  'created_by_name',
  'stage_entered_at',
]);

/** Computed by the server from other fields (or per viewer): never a change anyone made. */
const DERIVED_FIELDS = new Set([
  'is_closed',
  'is_won',
  'is_lost',
  'is_completed',
  'weighted_value',
  'effective_probability',
  'total_value',
  'score',
  'full_name',
  'permissions',
  'search_text',
]);

/** Values that are enum codes read better as their labels ("in_progress" → "In progress"). */
const ENUM_FIELDS = new Set(['status', 'customer_type', 'source', 'type', 'priority', 'category', 'kind', 'role']);
const MONEY_FIELDS = new Set(['value', 'estimated_value', 'deal_value', 'amount', 'total', 'subtotal']);
const LABELS: Record<string, string> = {
  assigned_to_name: 'assignee',
  assigned_to: 'assignee',
  expected_close_date: 'expected close date',
};
const MAX_VALUE_LENGTH = 80;

/** The field that names what `field` points at: `assigned_to` → `assigned_to_name`, `stage_id` → `stage_name`. */
export function nameFieldOf(field: string, fields: readonly string[]): string | null {
  const candidates = [`${field}_name`, field.replace(/_id$/, '_name')];
  return candidates.find((candidate) => candidate !== field && fields.includes(candidate)) ?? null;
}

/** The fields worth showing: no bookkeeping, nothing derived, and no bare id where its name is there too. */
export function visibleFields(fields: readonly string[]): string[] {
  return fields.filter(
    (field) => !BOOKKEEPING_FIELDS.has(field) && !DERIVED_FIELDS.has(field) && nameFieldOf(field, fields) === null,
  );
}

/** "stage_name" → "stage", "expected_close_date" → "expected close date" (lower case, for sentences). */
export function fieldLabel(field: string): string {
  return (
    LABELS[field] ??
    field
      .replace(/_name$/, '')
      .replace(/_id$/, '')
      .replace(/_/g, ' ')
  );
}

export interface ValueFormat {
  /** A decimal amount in the organization's currency. */
  money: (amount: string) => string;
  /** An instant in the viewer's time zone. */
  dateTime: (iso: string) => string;
}

export const DEFAULT_VALUE_FORMAT: ValueFormat = {
  money: (amount) => formatMoney(amount),
  dateTime: (iso) => formatDateTime(iso),
};

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One recorded value as a person reads it; "empty" for nothing. */
export function formatFieldValue(field: string, value: unknown, format: ValueFormat = DEFAULT_VALUE_FORMAT): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (Array.isArray(value)) return value.length === 0 ? 'empty' : value.map(String).join(', ');
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  let text: string;
  if (typeof value === 'string' && ENUM_FIELDS.has(field)) text = statusLabel(value);
  else if ((typeof value === 'string' || typeof value === 'number') && MONEY_FIELDS.has(field)) {
    text = format.money(String(value));
  } else if (typeof value === 'string' && field.endsWith('_at') && INSTANT.test(value)) text = format.dateTime(value);
  else if (typeof value === 'string' && field.endsWith('_date') && CALENDAR_DATE.test(value)) {
    text = formatCalendarDate(value);
  } else if (typeof value === 'string') text = value;
  else if (typeof value === 'number') text = String(value);
  else text = JSON.stringify(value) ?? '';
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** What a change record calls the record itself: its name, title or subject when the change carries it. */
export function recordNameIn(changes: Record<string, unknown> | null): string | null {
  if (!changes) return null;
  for (const field of ['name', 'title', 'full_name', 'subject']) {
    const change = changes[field];
    const value =
      typeof change === 'object' && change !== null && ('new' in change || 'old' in change)
        ? ((change as { new?: unknown }).new ?? (change as { old?: unknown }).old)
        : change;
    if (typeof value === 'string' && value.trim() !== '') return value;
  }
  return null;
}
