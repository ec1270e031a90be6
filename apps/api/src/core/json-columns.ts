import { CUSTOM_FIELDS_LIMITS, clampDepth } from '@crm/contracts';

/** custom_fields and tags are JSON text on both databases, stored and returned as given. */
export const toJsonText = (value: unknown): string => JSON.stringify(value ?? null);

/** An audit row's changes: {field: {old, new}} around values as deep as custom_fields. */
export const CHANGES_MAX_DEPTH = 2 + CUSTOM_FIELDS_LIMITS.maxDepth;

/**
 * A stored JSON object, never failing: unparsable text reads as {}, and containers nested deeper
 * than `maxDepth` (rows written before the limits) read as null, so no answer built from it can
 * fail to serialize.
 */
export function parseJsonObject(
  text: string | null | undefined,
  maxDepth: number = CUSTOM_FIELDS_LIMITS.maxDepth,
): Record<string, unknown> {
  try {
    const value: unknown = JSON.parse(text ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (clampDepth(value, maxDepth) as Record<string, unknown>)
      : {};
  } catch {
    return {};
  }
}

export function parseStringArray(text: string | null | undefined): string[] {
  try {
    const value: unknown = JSON.parse(text ?? '[]');
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

interface ExtraFields {
  custom_fields?: Record<string, unknown> | null;
  tags?: string[] | null;
}

/** custom_fields and tags of a new record as stored: absent or null become {} and []. */
export const extraFieldsToInsert = (input: ExtraFields) => ({
  custom_fields: toJsonText(input.custom_fields ?? {}),
  tags: toJsonText(input.tags ?? []),
});

/** Only the extra fields an update sends; null clears them to {} and []. */
export const extraFieldsToUpdate = (input: ExtraFields) => ({
  ...(input.custom_fields !== undefined ? { custom_fields: toJsonText(input.custom_fields ?? {}) } : {}),
  ...(input.tags !== undefined ? { tags: toJsonText(input.tags ?? []) } : {}),
});
