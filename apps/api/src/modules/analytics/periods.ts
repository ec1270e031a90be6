import type { RevenuePeriod } from '@crm/contracts';
import { fieldError } from '../../core/errors.js';
import { addDays, addMonths, startOfLocalDay } from '../../core/periods.js';
import type { Bucket } from './analytics.repository.js';

/** Enough for daily figures over more than two years; more buckets than this is a 400. */
const MAX_BUCKETS = 1000;

const weekday = (date: string) => (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7; // Monday 0

/** ISO 8601 week label of the week starting on `monday`: its Thursday decides the year. */
function isoWeek(monday: string): string {
  const thursday = new Date(`${addDays(monday, 3)}T00:00:00Z`);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 4));
  firstThursday.setUTCDate(4 - ((firstThursday.getUTCDay() + 6) % 7) + 3);
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * 86_400_000));
  return `${year}-W${String(week).padStart(2, '0')}`;
}

/** The first local date of the period holding `date`, its label, and the first date of the next. */
function periodOf(granularity: RevenuePeriod, date: string): { first: string; label: string; next: string } {
  switch (granularity) {
    case 'day':
      return { first: date, label: date, next: addDays(date, 1) };
    case 'week': {
      const monday = addDays(date, -weekday(date));
      return { first: monday, label: isoWeek(monday), next: addDays(monday, 7) };
    }
    case 'month': {
      const first = `${date.slice(0, 8)}01`;
      return { first, label: date.slice(0, 7), next: addMonths(first, 1) };
    }
    case 'quarter': {
      const month = Number(date.slice(5, 7));
      const quarterMonth = month - ((month - 1) % 3);
      const first = `${date.slice(0, 4)}-${String(quarterMonth).padStart(2, '0')}-01`;
      return { first, label: `${date.slice(0, 4)}-Q${(quarterMonth + 2) / 3}`, next: addMonths(first, 3) };
    }
    case 'year':
      return {
        first: `${date.slice(0, 4)}-01-01`,
        label: date.slice(0, 4),
        next: `${Number(date.slice(0, 4)) + 1}-01-01`,
      };
  }
}

/**
 * Every period from `start` to `end` (local dates, inclusive) in the organization's time zone, as
 * UTC instants, clipped to the range: a month that only partly lies in it counts only that part.
 */
export function periodBuckets(granularity: RevenuePeriod, start: string, end: string, timeZone: string): Bucket[] {
  const buckets: Bucket[] = [];
  const rangeEnd = addDays(end, 1);
  for (let date = start; date < rangeEnd;) {
    const period = periodOf(granularity, date);
    const until = period.next < rangeEnd ? period.next : rangeEnd;
    buckets.push({
      label: period.label,
      from: startOfLocalDay(date, timeZone),
      until: startOfLocalDay(until, timeZone),
    });
    if (buckets.length > MAX_BUCKETS)
      throw fieldError(
        'period',
        `That range has more than ${MAX_BUCKETS} ${granularity}s: choose a longer period or a shorter range.`,
      );
    date = until;
  }
  return buckets;
}
