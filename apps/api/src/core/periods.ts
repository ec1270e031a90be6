/**
 * Period boundaries in an organization's time zone, as UTC instants. Time zones never reach SQL
 * (SQLite has none): application code turns local dates into instants and passes those.
 */

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** The instant local midnight starts on `date` (YYYY-MM-DD) in `timeZone`. */
export function startOfLocalDay(date: string, timeZone: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const guess = Date.UTC(y, m - 1, d);
  // Two passes settle the offset across a daylight-saving change.
  let instant = guess - offsetAt(guess, timeZone);
  instant = guess - offsetAt(instant, timeZone);
  return new Date(instant).toISOString();
}

/** The local calendar date of an instant in `timeZone`. */
export function localDate(instant: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(
    instant,
  );
}

export function addDays(date: string, days: number): string {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

export function addMonths(date: string, months: number): string {
  const d = new Date(`${date.slice(0, 8)}01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
}

/** [start, end) of the current local month in `timeZone`, as UTC instants. */
export function currentMonth(timeZone: string, now = new Date()): { start: string; end: string } {
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
