/**
 * The period the dashboard and analytics pages show, as it lives in the URL: `?period=quarter`
 * (this month when absent) or `?start=2026-01-01&end=2026-03-31` for a custom range. The API takes
 * local dates, inclusive, as `start` and `end`.
 */
export const PERIOD_PRESETS = ['month', 'quarter', 'year'] as const;
export type PeriodPreset = (typeof PERIOD_PRESETS)[number];
export type PeriodChoice = PeriodPreset | 'custom';

export const PERIOD_CHOICE_LABELS: Record<PeriodChoice, string> = {
  month: 'This month',
  quarter: 'This quarter',
  year: 'This year',
  custom: 'Custom',
};

export interface DateRange {
  start: string;
  end: string;
}

export interface PeriodState {
  choice: PeriodChoice;
  range: DateRange;
  /** Set when a custom range ends before it starts: nothing is asked of the API then. */
  error: string | null;
}

export const END_BEFORE_START = 'The end date comes before the start date.';

const pad = (value: number) => String(value).padStart(2, '0');
const isoDate = (year: number, month: number, day: number) => `${String(year)}-${pad(month)}-${pad(day)}`;
/** `month` counts from 1; day 0 of the next month is this month's last. */
const lastDayOf = (year: number, month: number) => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** A real YYYY-MM-DD date (not 2026-02-30). */
export function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

/** Today's date in the given IANA zone (the browser's when unknown), as YYYY-MM-DD. */
export function todayIn(timeZone: string | undefined, now: Date = new Date()): string {
  const options: Intl.DateTimeFormatOptions = { year: 'numeric', month: '2-digit', day: '2-digit' };
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat('en-US', { ...options, timeZone });
  } catch {
    format = new Intl.DateTimeFormat('en-US', options);
  }
  const parts = Object.fromEntries(format.formatToParts(now).map((part) => [part.type, part.value]));
  return `${parts.year ?? ''}-${parts.month ?? ''}-${parts.day ?? ''}`;
}

/** The whole month, quarter or year that holds `today`. */
export function presetRange(preset: PeriodPreset, today: string): DateRange {
  const year = Number(today.slice(0, 4));
  const month = Number(today.slice(5, 7));
  switch (preset) {
    case 'month':
      return { start: isoDate(year, month, 1), end: isoDate(year, month, lastDayOf(year, month)) };
    case 'quarter': {
      const first = month - ((month - 1) % 3);
      return { start: isoDate(year, first, 1), end: isoDate(year, first + 2, lastDayOf(year, first + 2)) };
    }
    case 'year':
      return { start: isoDate(year, 1, 1), end: isoDate(year, 12, 31) };
  }
}

const isPreset = (value: string | null): value is PeriodPreset =>
  value !== null && (PERIOD_PRESETS as readonly string[]).includes(value);

/** The period of a query string; anything a hand-edited link gets wrong falls back to this month. */
export function parsePeriodParams(params: URLSearchParams, today: string): PeriodState {
  const start = params.get('start');
  const end = params.get('end');
  if (start !== null && end !== null && isCalendarDate(start) && isCalendarDate(end)) {
    return { choice: 'custom', range: { start, end }, error: end < start ? END_BEFORE_START : null };
  }
  const period = params.get('period');
  const preset = isPreset(period) ? period : 'month';
  return { choice: preset, range: presetRange(preset, today), error: null };
}

/** The query string after choosing a preset or a custom range; the page's other parameters stay. */
export function applyPeriodChange(
  params: URLSearchParams,
  change: { preset: PeriodPreset } | { range: DateRange },
): URLSearchParams {
  const next = new URLSearchParams(params);
  next.delete('period');
  next.delete('start');
  next.delete('end');
  if ('range' in change) {
    next.set('start', change.range.start);
    next.set('end', change.range.end);
  } else if (change.preset !== 'month') {
    // This month is the default, and defaults stay out of the URL.
    next.set('period', change.preset);
  }
  return next;
}

/** The first day of the month `offset` months from the one holding `date`. */
export function addMonths(date: string, offset: number): string {
  const index = Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1 + offset;
  return isoDate(Math.floor(index / 12), (index % 12) + 1, 1);
}

/** The last day of the month holding `date`. */
export function endOfMonth(date: string): string {
  const year = Number(date.slice(0, 4));
  const month = Number(date.slice(5, 7));
  return isoDate(year, month, lastDayOf(year, month));
}
