import { z } from 'zod';

/**
 * Limits on free-form input (PRODUCT §4). Checked iteratively, so no value, however deep, can
 * overflow the stack of the code that judges it.
 */
export const CUSTOM_FIELDS_LIMITS = { maxKeys: 100, maxKeyLength: 100, maxDepth: 3, maxBytes: 16_384 } as const;

function utf8Length(text: string): number {
  let bytes = 0;
  for (const char of text) {
    const code = char.codePointAt(0) ?? 0;
    bytes += code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
  }
  return bytes;
}

/** Why `value` breaks the custom_fields limits, or null. `value` itself is level 1. */
export function customFieldsProblem(value: Record<string, unknown>): string | null {
  const { maxKeys, maxKeyLength, maxDepth, maxBytes } = CUSTOM_FIELDS_LIMITS;
  if (Object.keys(value).length > maxKeys) return `Use at most ${maxKeys} custom fields.`;
  const pending: [unknown, number][] = [[value, 1]];
  while (pending.length > 0) {
    const [node, depth] = pending.pop() as [unknown, number];
    if (node === null || typeof node !== 'object') continue;
    if (depth > maxDepth) return `Custom fields may nest at most ${maxDepth} levels, counting custom_fields itself.`;
    const isArray = Array.isArray(node);
    for (const [key, child] of Object.entries(node)) {
      if (!isArray && key.length > maxKeyLength) return `Custom field names are at most ${maxKeyLength} characters.`;
      pending.push([child, depth + 1]);
    }
  }
  // Measured only once the depth is known to be small, so serializing it cannot fail.
  if (utf8Length(JSON.stringify(value)) > maxBytes) return `Custom fields take at most ${maxBytes} bytes as JSON.`;
  return null;
}

/**
 * A stored JSON value as it may be returned: containers nested deeper than `maxDepth` become null.
 * Rows written before the limits existed may hold anything; reading them must never fail.
 */
export function clampDepth(value: unknown, maxDepth: number, depth = 1): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (depth > maxDepth) return null;
  if (Array.isArray(value)) return value.map((child) => clampDepth(child, maxDepth, depth + 1));
  const copy: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    Object.defineProperty(copy, key, {
      value: clampDepth(child, maxDepth, depth + 1),
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  return copy;
}

/** A real calendar date as YYYY-MM-DD (no 2024-02-30, 2024-13-01 or 0000-00-00). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** ASCII control characters (NUL, tab, newline, DEL…): never meaningful in a query parameter. */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/;
export const hasControlCharacters = (value: string): boolean => CONTROL_CHARACTERS.test(value);

const SCHEME = /^([a-z][a-z0-9+.-]*):/i;
/** http(s)://, optional user info, a host of letters, digits, dots and dashes, optional port and path. */
const WEB_ADDRESS = /^https?:\/\/(?:[^/?#@]+@)?([\p{L}\p{N}.-]+)(?::\d{1,5})?(?:[/?#].*)?$/iu;

/**
 * A website as stored: http(s) only. A bare `example.com` becomes `https://example.com`; any other
 * scheme (`javascript:`, `data:`) is refused, since the web app renders websites as links.
 * Returns null when the value is not an acceptable web address.
 */
export function normalizeWebsite(raw: string): string | null {
  if (/\s/.test(raw) || hasControlCharacters(raw)) return null;
  const scheme = SCHEME.exec(raw)?.[1]?.toLowerCase();
  // `example.com:8080` has no scheme: what follows the colon is a port.
  const hasScheme = scheme !== undefined && !/^\d/.test(raw.slice(scheme.length + 1));
  if (hasScheme && scheme !== 'http' && scheme !== 'https') return null;
  const candidate = hasScheme ? raw : `https://${raw}`;
  const host = WEB_ADDRESS.exec(candidate)?.[1];
  return host !== undefined && (host.includes('.') || host.toLowerCase() === 'localhost') ? candidate : null;
}

export const isWebUrl = (value: string): boolean => /^https?:\/\//i.test(value);

const WEBSITE_MESSAGE = 'Enter a web address such as https://example.com.';

/** Optional website: trimmed, empty or null clears it, http(s) only, at most 300 characters. */
export const websiteInput = z
  .string()
  .trim()
  .max(300)
  .nullable()
  .transform((value, ctx) => {
    if (value === null || value === '') return null;
    const normalized = normalizeWebsite(value);
    if (normalized === null || normalized.length > 300) {
      ctx.addIssue({ code: 'custom', message: WEBSITE_MESSAGE });
      return z.NEVER;
    }
    return normalized;
  })
  .optional();
