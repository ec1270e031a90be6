import { describe, expect, it } from 'vitest';
import { daysInStage, describeDaysInStage, formatDaysInStage } from './days-in-stage';

// Local times, so the calendar-day arithmetic is checked whatever zone the tests run in.
const at = (year: number, month: number, day: number, hour = 12, minute = 0) =>
  new Date(year, month - 1, day, hour, minute);

describe('daysInStage', () => {
  it('counts calendar days, not 24-hour blocks', () => {
    expect(daysInStage(at(2026, 3, 1, 23, 50).toISOString(), at(2026, 3, 2, 0, 10))).toBe(1);
    expect(daysInStage(at(2026, 3, 2, 0, 5).toISOString(), at(2026, 3, 2, 23, 55))).toBe(0);
  });

  it('counts across months and years', () => {
    expect(daysInStage(at(2025, 12, 30).toISOString(), at(2026, 1, 2))).toBe(3);
  });

  it('never goes negative for a clock that is behind the server, and copes with bad input', () => {
    expect(daysInStage(at(2026, 3, 5).toISOString(), at(2026, 3, 4))).toBe(0);
    expect(daysInStage('not a date', at(2026, 3, 4))).toBe(0);
  });
});

describe('formatDaysInStage', () => {
  const now = at(2026, 6, 15);
  it('says Today, 1 day, or N days', () => {
    expect(formatDaysInStage(at(2026, 6, 15, 8).toISOString(), now)).toBe('Today');
    expect(formatDaysInStage(at(2026, 6, 14).toISOString(), now)).toBe('1 day');
    expect(formatDaysInStage(at(2026, 6, 3).toISOString(), now)).toBe('12 days');
  });

  it('has a spoken form', () => {
    expect(describeDaysInStage(at(2026, 6, 15).toISOString(), now)).toBe('Entered this stage today');
    expect(describeDaysInStage(at(2026, 6, 10).toISOString(), now)).toBe('In this stage for 5 days');
  });
});
