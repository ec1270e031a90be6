import { TZDate } from '@date-fns/tz';
import { currentTime } from './time.js';

/**
 * Period boundaries in an organization's time zone, as UTC instants. Time zones never reach SQL
 * (SQLite has none): application code turns local dates into instants with @date-fns/tz and
 * passes those.
 */

const parts = (date: string): [number, number, number] => {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  return [year, month - 1, day];
};

/**
 * The instant the local day `date` (YYYY-MM-DD) starts in `timeZone`: its midnight, or the first
 * instant after it where a daylight-saving change skips midnight.
 */
export function startOfLocalDay(date: string, timeZone: string): string {
  return new Date(new TZDate(...parts(date), timeZone).getTime()).toISOString();
}

/** The local calendar date of an instant in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  const local = new TZDate(instant.getTime(), timeZone);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${String(local.getFullYear()).padStart(4, '0')}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** Calendar arithmetic on YYYY-MM-DD dates (no time zone involved). */
export function addDays(date: string, days: number): string {
  const d = new Date(Date.UTC(...parts(date)));
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** The first day of the month `months` after the month of `date`. */
export function addMonths(date: string, months: number): string {
  const [year, month] = parts(date);
  return new Date(Date.UTC(year, month + months, 1)).toISOString().slice(0, 10);
}

/** [start, end) of the current local month in `timeZone`, as UTC instants. */
export function currentMonth(timeZone: string, now = new Date(currentTime())): { start: string; end: string } {
  const first = `${localDate(now, timeZone).slice(0, 8)}01`;
  return { start: startOfLocalDay(first, timeZone), end: startOfLocalDay(addMonths(first, 1), timeZone) };
}

/** `created_after` / `created_before` (inclusive local dates) → an instant range for SQL. */
export function createdRange(timeZone: string, after?: string, before?: string): { from?: string; until?: string } {
  return {
    ...(after ? { from: startOfLocalDay(after, timeZone) } : {}),
    ...(before ? { until: startOfLocalDay(addDays(before, 1), timeZone) } : {}),
  };
}
