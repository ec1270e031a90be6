import { useMemo } from 'react';
import { useOptionalSession } from './auth/session';

/**
 * Every money amount, date and time the app shows goes through here, so they read the same on
 * every page: money in the organization's currency, instants in the signed-in user's time zone.
 */

const DECIMAL = /^(-)?(\d+)(?:\.(\d*))?$/;

function moneyFormatter(currency: string | undefined, locale: string | undefined): Intl.NumberFormat {
  return new Intl.NumberFormat(
    locale,
    currency ? { style: 'currency', currency } : { minimumFractionDigits: 2, maximumFractionDigits: 2 },
  );
}

/**
 * "1500.00" in USD → "$1,500.00". The API's decimal string never becomes a float: it is rounded to
 * the currency's digits in integers, Intl formats the whole part as a BigInt, and the fraction is
 * put back as the string it is. Without a currency (still loading) the bare amount is grouped.
 */
export function formatMoney(amount: string, currency?: string, locale?: string): string {
  const match = DECIMAL.exec(amount.trim());
  let formatter: Intl.NumberFormat;
  try {
    formatter = moneyFormatter(currency, locale);
  } catch {
    // An unknown currency code must not break the page.
    return `${amount} ${currency ?? ''}`.trim();
  }
  if (!match) return `${amount} ${currency ?? ''}`.trim();
  const [, sign, whole = '0', fraction = ''] = match;
  const digits = formatter.resolvedOptions().maximumFractionDigits ?? 2;
  const scale = 10n ** BigInt(digits);
  const kept = fraction.padEnd(digits, '0').slice(0, digits);
  // Half away from zero on the first dropped digit, as the server rounds.
  const roundsUp = (fraction[digits] ?? '0') >= '5';
  const units = BigInt(whole) * scale + BigInt(kept || '0') + (roundsUp ? 1n : 0n);
  const integer = units / scale;
  const isNegative = sign === '-' && units !== 0n;
  // -0 has no BigInt: format -1 for its sign and currency placement, then write the 0 back.
  const shown = isNegative ? -(integer === 0n ? 1n : integer) : integer;
  const fractionText = (units % scale).toString().padStart(digits, '0');
  return formatter
    .formatToParts(shown)
    .map((part) => {
      if (part.type === 'fraction') return fractionText;
      if (part.type === 'integer' && integer === 0n) return '0';
      return part.value;
    })
    .join('');
}

function dateTimeFormat(options: Intl.DateTimeFormatOptions, timeZone: string | undefined, locale?: string) {
  try {
    return new Intl.DateTimeFormat(locale, { ...options, timeZone });
  } catch {
    // A zone this browser does not know: the browser's own zone is the next best thing.
    return new Intl.DateTimeFormat(locale, options);
  }
}

/** An instant as date and time, e.g. "Nov 30, 2026, 9:15 AM", in the given IANA zone. */
export function formatDateTime(iso: string, timeZone?: string, locale?: string): string {
  return dateTimeFormat({ dateStyle: 'medium', timeStyle: 'short' }, timeZone, locale).format(new Date(iso));
}

/** The calendar day of an instant in the given zone, e.g. "Nov 30, 2026". */
export function formatDate(iso: string, timeZone?: string, locale?: string): string {
  return dateTimeFormat({ dateStyle: 'medium' }, timeZone, locale).format(new Date(iso));
}

export type CalendarDateStyle = 'numeric' | 'medium' | 'long';

const CALENDAR_STYLES: Record<CalendarDateStyle, Intl.DateTimeFormatOptions> = {
  numeric: { year: 'numeric', month: 'numeric', day: 'numeric' },
  medium: { dateStyle: 'medium' },
  long: { dateStyle: 'long' },
};

/** A date without a time ("2026-03-01": a hire date, an expected close) that no time zone may shift. */
export function formatCalendarDate(date: string, style: CalendarDateStyle = 'medium', locale?: string): string {
  const instant = new Date(`${date}T00:00:00Z`);
  if (Number.isNaN(instant.getTime())) return date;
  return dateTimeFormat(CALENDAR_STYLES[style], 'UTC', locale).format(instant);
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/** "3 days ago", "in 2 hours", "just now". */
export function formatRelativeTime(iso: string, now: Date = new Date(), locale?: string): string {
  const seconds = Math.round((new Date(iso).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return 'just now';
}

/** The signed-in user's time zone from their profile; undefined (the browser's) outside the app shell. */
export function useUserTimeZone(): string | undefined {
  return useOptionalSession()?.user.timezone;
}

/** Date formatters bound to the signed-in user's time zone. */
export function useDateFormat() {
  const timeZone = useUserTimeZone();
  return useMemo(
    () => ({
      timeZone,
      dateTime: (iso: string) => formatDateTime(iso, timeZone),
      date: (iso: string) => formatDate(iso, timeZone),
    }),
    [timeZone],
  );
}
