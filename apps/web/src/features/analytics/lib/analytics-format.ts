import { formatMoney } from '@/lib/format';

/**
 * How analytics figures read. Percentages arrive as numbers 0–100 with one decimal; money as the
 * API's decimal strings, formatted by lib/format without passing through a float.
 */

const percentFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1 });
const countFormat = new Intl.NumberFormat();

/** 42.5 → "42.5%"; null (a rate with nothing to divide by) → "—". */
export function formatPercent(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${percentFormat.format(value)}%`;
}

export function formatCount(value: number): string {
  return countFormat.format(value);
}

/** "1500.00" → "$1,500.00"; null → "—". */
export function formatMoneyOrDash(amount: string | null | undefined, currency: string | undefined): string {
  return amount === null || amount === undefined ? '—' : formatMoney(amount, currency);
}

/** An axis tick, short: 15000 → "$15K". Ticks are approximate by nature; exact figures use formatMoney. */
export function formatCompactMoney(value: number, currency: string | undefined): string {
  try {
    return new Intl.NumberFormat(undefined, {
      notation: 'compact',
      maximumFractionDigits: 1,
      ...(currency ? { style: 'currency', currency } : {}),
    }).format(value);
  } catch {
    return new Intl.NumberFormat(undefined, { notation: 'compact', maximumFractionDigits: 1 }).format(value);
  }
}

const MONTH_FORMAT = new Intl.DateTimeFormat(undefined, { month: 'short', year: 'numeric', timeZone: 'UTC' });
const DAY_FORMAT = new Intl.DateTimeFormat(undefined, {
  month: 'short',
  day: 'numeric',
  year: 'numeric',
  timeZone: 'UTC',
});

/**
 * A revenue period's label as people read it: "2026-01" → "Jan 2026", "2026-Q1" → "Q1 2026",
 * "2026-W03" → "W03 2026", "2026-01-15" → "Jan 15, 2026", "2026" stays.
 */
export function formatPeriodLabel(period: string): string {
  if (/^\d{4}-\d{2}-\d{2}$/.test(period)) return DAY_FORMAT.format(new Date(`${period}T00:00:00Z`));
  if (/^\d{4}-\d{2}$/.test(period)) return MONTH_FORMAT.format(new Date(`${period}-01T00:00:00Z`));
  const quarterOrWeek = /^(\d{4})-([QW]\d{1,2})$/.exec(period);
  if (quarterOrWeek) return `${quarterOrWeek[2] ?? ''} ${quarterOrWeek[1] ?? ''}`;
  return period;
}

/** "Nov 1 – 30, 2026": a range of local dates, which no time zone may shift. */
export function formatDateRange(start: string, end: string): string {
  const from = new Date(`${start}T00:00:00Z`);
  const to = new Date(`${end}T00:00:00Z`);
  if (Number.isNaN(from.getTime()) || Number.isNaN(to.getTime())) return `${start} – ${end}`;
  return DAY_FORMAT.formatRange(from, to);
}
