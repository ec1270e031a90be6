import { describe, expect, it } from 'vitest';
import { addMonths, applyPeriodChange, endOfMonth, parsePeriodParams, presetRange, todayIn } from './period';

const TODAY = '2026-11-18';
const parse = (query: string) => parsePeriodParams(new URLSearchParams(query), TODAY);

describe('period presets', () => {
  it('cover the whole month, quarter and year of today', () => {
    expect(presetRange('month', TODAY)).toEqual({ start: '2026-11-01', end: '2026-11-30' });
    expect(presetRange('quarter', TODAY)).toEqual({ start: '2026-10-01', end: '2026-12-31' });
    expect(presetRange('year', TODAY)).toEqual({ start: '2026-01-01', end: '2026-12-31' });
    expect(presetRange('month', '2028-02-10')).toEqual({ start: '2028-02-01', end: '2028-02-29' });
    expect(presetRange('quarter', '2026-02-28')).toEqual({ start: '2026-01-01', end: '2026-03-31' });
  });

  it('take today in the user’s time zone, not the browser’s', () => {
    const instant = new Date('2026-11-30T23:30:00Z');
    expect(todayIn('UTC', instant)).toBe('2026-11-30');
    expect(todayIn('Asia/Tokyo', instant)).toBe('2026-12-01');
    expect(todayIn('America/Los_Angeles', instant)).toBe('2026-11-30');
  });
});

describe('the period in the URL', () => {
  it('is this month without parameters, or when they make no sense', () => {
    expect(parse('')).toEqual({ choice: 'month', range: { start: '2026-11-01', end: '2026-11-30' }, error: null });
    expect(parse('period=decade').choice).toBe('month');
    expect(parse('start=2026-02-30&end=2026-03-01').choice).toBe('month');
    expect(parse('start=2026-01-01').choice).toBe('month');
  });

  it('reads a preset and a custom range', () => {
    expect(parse('period=quarter')).toEqual({
      choice: 'quarter',
      range: { start: '2026-10-01', end: '2026-12-31' },
      error: null,
    });
    expect(parse('start=2026-03-05&end=2026-04-20')).toEqual({
      choice: 'custom',
      range: { start: '2026-03-05', end: '2026-04-20' },
      error: null,
    });
    expect(parse('start=2026-04-20&end=2026-03-05').error).toBe('The end date comes before the start date.');
  });

  it('is written back keeping the page’s other parameters, this month staying out of the URL', () => {
    const params = new URLSearchParams('granularity=week&start=2026-01-01&end=2026-01-31');
    expect(applyPeriodChange(params, { preset: 'year' }).toString()).toBe('granularity=week&period=year');
    expect(applyPeriodChange(params, { preset: 'month' }).toString()).toBe('granularity=week');
    expect(
      applyPeriodChange(new URLSearchParams('period=year'), {
        range: { start: '2026-02-01', end: '2026-02-14' },
      }).toString(),
    ).toBe('start=2026-02-01&end=2026-02-14');
  });
});

describe('month arithmetic', () => {
  it('crosses year boundaries', () => {
    expect(addMonths('2026-11-18', -5)).toBe('2026-06-01');
    expect(addMonths('2026-11-18', 6)).toBe('2027-05-01');
    expect(addMonths('2026-01-31', -1)).toBe('2025-12-01');
    expect(endOfMonth('2027-02-01')).toBe('2027-02-28');
  });
});
