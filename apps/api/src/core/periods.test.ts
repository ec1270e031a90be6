import { describe, expect, it } from 'vitest';
import { addMonths, createdRange, currentMonth, localDate, startOfLocalDay } from './periods.js';

/**
 * Hand-computed boundaries in three zones: west of UTC with daylight saving (Los Angeles), a
 * half-hour offset without it (Kolkata), and the southern hemisphere (Auckland), across DST changes
 * and a year boundary. Removing the zone handling turns each of these red.
 */
const LA = 'America/Los_Angeles';
const KOLKATA = 'Asia/Kolkata';
const AUCKLAND = 'Pacific/Auckland';

describe('startOfLocalDay', () => {
  it('Los Angeles: PST, then PDT after the March change, then PST after November', () => {
    expect(startOfLocalDay('2026-03-08', LA)).toBe('2026-03-08T08:00:00.000Z');
    expect(startOfLocalDay('2026-03-09', LA)).toBe('2026-03-09T07:00:00.000Z');
    expect(startOfLocalDay('2026-11-01', LA)).toBe('2026-11-01T07:00:00.000Z');
    expect(startOfLocalDay('2026-11-02', LA)).toBe('2026-11-02T08:00:00.000Z');
  });

  it('Kolkata: five and a half hours ahead all year, so local midnight falls the evening before in UTC', () => {
    expect(startOfLocalDay('2026-01-01', KOLKATA)).toBe('2025-12-31T18:30:00.000Z');
    expect(startOfLocalDay('2026-07-01', KOLKATA)).toBe('2026-06-30T18:30:00.000Z');
  });

  it('Auckland: NZDT (+13) in January, NZST (+12) after the April change', () => {
    expect(startOfLocalDay('2026-01-01', AUCKLAND)).toBe('2025-12-31T11:00:00.000Z');
    expect(startOfLocalDay('2026-04-05', AUCKLAND)).toBe('2026-04-04T11:00:00.000Z');
    expect(startOfLocalDay('2026-04-06', AUCKLAND)).toBe('2026-04-05T12:00:00.000Z');
  });

  it('a day whose midnight a DST change skips starts at its first instant (Santiago, September)', () => {
    expect(startOfLocalDay('2026-09-06', 'America/Santiago')).toBe('2026-09-06T04:00:00.000Z');
  });
});

describe('createdRange (inclusive local dates)', () => {
  it('spans the 23-hour and 25-hour days of Los Angeles', () => {
    expect(createdRange(LA, '2026-03-08', '2026-03-08')).toEqual({
      from: '2026-03-08T08:00:00.000Z',
      until: '2026-03-09T07:00:00.000Z',
    });
    expect(createdRange(LA, '2026-11-01', '2026-11-01')).toEqual({
      from: '2026-11-01T07:00:00.000Z',
      until: '2026-11-02T08:00:00.000Z',
    });
  });

  it('crosses the year in Auckland', () => {
    expect(createdRange(AUCKLAND, '2026-12-31', '2026-12-31')).toEqual({
      from: '2026-12-30T11:00:00.000Z',
      until: '2026-12-31T11:00:00.000Z',
    });
  });
});

describe('localDate and currentMonth', () => {
  it('reads the local date of an instant', () => {
    expect(localDate(new Date('2026-03-08T07:59:59.999Z'), LA)).toBe('2026-03-07');
    expect(localDate(new Date('2026-03-08T08:00:00.000Z'), LA)).toBe('2026-03-08');
    expect(localDate(new Date('2025-12-31T18:30:00.000Z'), KOLKATA)).toBe('2026-01-01');
  });

  it("an instant on New Year's Eve in UTC is already January in Auckland", () => {
    expect(currentMonth(AUCKLAND, new Date('2026-12-31T12:00:00.000Z'))).toEqual({
      start: '2026-12-31T11:00:00.000Z',
      end: '2027-01-31T11:00:00.000Z',
    });
    expect(currentMonth(LA, new Date('2027-01-01T03:00:00.000Z'))).toEqual({
      start: '2026-12-01T08:00:00.000Z',
      end: '2027-01-01T08:00:00.000Z',
    });
  });

  it('moves months on calendar dates', () => {
    expect(addMonths('2026-12-15', 1)).toBe('2027-01-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
  });
});
