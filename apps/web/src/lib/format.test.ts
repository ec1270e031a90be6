import { describe, expect, it } from 'vitest';
import { formatCalendarDate, formatDate, formatDateTime, formatMoney, formatRelativeTime } from './format';

describe('formatMoney', () => {
  it('formats the largest amounts to the cent, where a float would round them', () => {
    expect(formatMoney('999999999999.99', 'USD', 'en-US')).toBe('$999,999,999,999.99');
    expect(formatMoney('99999999999999999.99', 'USD', 'en-US')).toBe('$99,999,999,999,999,999.99');
    // A float cannot hold this one: Number('99999999999999999.99') prints as 100000000000000000.
    expect(formatMoney('99999999999999999.99', 'USD', 'en-US')).not.toContain('100,000');
  });

  it('puts the currency and separators where the locale wants them', () => {
    expect(formatMoney('1500.00', 'USD', 'en-US')).toBe('$1,500.00');
    expect(formatMoney('1500.5', 'EUR', 'de-DE')).toBe('1.500,50\u00a0€');
    expect(formatMoney('0.07', 'GBP', 'en-GB')).toBe('£0.07');
  });

  it('keeps the sign of amounts under one unit', () => {
    expect(formatMoney('-0.50', 'USD', 'en-US')).toBe('-$0.50');
    expect(formatMoney('-1234.56', 'USD', 'en-US')).toBe('-$1,234.56');
    expect(formatMoney('-0.00', 'USD', 'en-US')).toBe('$0.00');
  });

  it('rounds half away from zero to the currency’s own digits', () => {
    expect(formatMoney('1500.50', 'JPY', 'en-US')).toBe('¥1,501');
    expect(formatMoney('1500.49', 'JPY', 'en-US')).toBe('¥1,500');
    expect(formatMoney('10.005', 'USD', 'en-US')).toBe('$10.01');
  });

  it('groups a bare amount while the currency is unknown, and never throws', () => {
    expect(formatMoney('1234567.8', undefined, 'en-US')).toBe('1,234,567.80');
    expect(formatMoney('12.00', 'NOT-A-CODE', 'en-US')).toBe('12.00 NOT-A-CODE');
    expect(formatMoney('twelve', 'USD', 'en-US')).toBe('twelve USD');
  });
});

describe('dates and times', () => {
  const lateEvening = '2026-03-01T23:30:00.000Z';

  it('shows an instant in the given time zone', () => {
    expect(formatDateTime(lateEvening, 'UTC', 'en-US')).toBe('Mar 1, 2026, 11:30 PM');
    // Tokyo is nine hours ahead: the same instant is already the next morning there.
    expect(formatDateTime(lateEvening, 'Asia/Tokyo', 'en-US')).toBe('Mar 2, 2026, 8:30 AM');
    expect(formatDate(lateEvening, 'Asia/Tokyo', 'en-US')).toBe('Mar 2, 2026');
    expect(formatDate(lateEvening, 'America/New_York', 'en-US')).toBe('Mar 1, 2026');
  });

  it('falls back to the browser’s zone for a zone it does not know', () => {
    expect(() => formatDateTime(lateEvening, 'Mars/Olympus_Mons', 'en-US')).not.toThrow();
  });

  it('never shifts a calendar date, whatever the zone', () => {
    expect(formatCalendarDate('2026-03-01', 'medium', 'en-US')).toBe('Mar 1, 2026');
    expect(formatCalendarDate('2026-03-01', 'long', 'en-US')).toBe('March 1, 2026');
    expect(formatCalendarDate('2026-03-01', 'numeric', 'en-US')).toBe('3/1/2026');
    expect(formatCalendarDate('not a date')).toBe('not a date');
  });

  it('says how long ago or how soon', () => {
    const now = new Date('2026-03-10T12:00:00.000Z');
    expect(formatRelativeTime('2026-03-07T12:00:00.000Z', now, 'en-US')).toBe('3 days ago');
    expect(formatRelativeTime('2026-03-10T14:00:00.000Z', now, 'en-US')).toBe('in 2 hours');
    expect(formatRelativeTime('2026-03-10T11:59:30.000Z', now, 'en-US')).toBe('just now');
  });
});
