import { describe, expect, it } from 'vitest';
import { performanceFixture } from '@/test/analytics-fixtures';
import { compareDecimal, sortLeaderboard } from './leaderboard';

const names = (ordering: string | null) =>
  sortLeaderboard(performanceFixture(), ordering).map((r) => r.employee.full_name);

describe('sortLeaderboard', () => {
  it('puts the most revenue first by default, comparing amounts exactly', () => {
    expect(names(null)).toEqual(['Brook Taylor', 'Carl Gauss', 'Ada Lovelace']);
    expect(names('revenue')).toEqual(['Ada Lovelace', 'Carl Gauss', 'Brook Taylor']);
  });

  it('sorts by name and by any count', () => {
    expect(names('-employee')).toEqual(['Carl Gauss', 'Brook Taylor', 'Ada Lovelace']);
    expect(names('deals_won')).toEqual(['Brook Taylor', 'Ada Lovelace', 'Carl Gauss']);
    expect(names('-activities_completed')).toEqual(['Ada Lovelace', 'Brook Taylor', 'Carl Gauss']);
  });

  it('keeps a win rate nobody can have last in both directions', () => {
    expect(names('win_rate')).toEqual(['Ada Lovelace', 'Carl Gauss', 'Brook Taylor']);
    expect(names('-win_rate')).toEqual(['Carl Gauss', 'Ada Lovelace', 'Brook Taylor']);
  });

  it('falls back to revenue for an unknown column', () => {
    expect(names('-salary')).toEqual(names(null));
  });
});

describe('compareDecimal', () => {
  it('compares beyond a float’s precision and across signs', () => {
    expect(compareDecimal('90071992547409930.01', '90071992547409930.02')).toBe(-1);
    expect(compareDecimal('10.5', '10.50')).toBe(0);
    expect(compareDecimal('-1.00', '0.00')).toBe(-1);
    expect(compareDecimal('1000.00', '999.99')).toBe(1);
  });
});
