export interface FieldChange {
  field: string;
  /** undefined: the entry records only a value, not what it replaced. */
  old: unknown;
  new: unknown;
}

function isOldNewPair(value: unknown): value is { old?: unknown; new?: unknown } {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && ('old' in value || 'new' in value);
}

/** `{field: {old, new}}` as rows; a value of another shape is shown as the new value. */
export function toFieldChanges(changes: Record<string, unknown> | null): FieldChange[] {
  if (!changes) return [];
  return Object.entries(changes).map(([field, value]) =>
    isOldNewPair(value)
      ? { field, old: value.old ?? null, new: value.new ?? null }
      : { field, old: undefined, new: value },
  );
}

/** A stored value as text: empty values read as "empty", objects as compact JSON. */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return 'empty';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/**
 * The changes a person reads: names instead of the ids beside them (`assigned_to_name`, not
 * `assigned_to`), without bookkeeping or what the server derives (`is_closed`, `weighted_value`…).
 */
export function readableChanges(
  changes: Record<string, unknown> | null,
  visibleFields: (fields: readonly string[]) => string[],
): FieldChange[] {
  const all = toFieldChanges(changes);
  const shown = new Set(visibleFields(all.map((change) => change.field)));
  return all.filter((change) => shown.has(change.field));
}
