import type { EmployeePerformance } from '@crm/contracts';

/** The leaderboard's columns, each sortable; the API returns every visible employee, so sorting is local. */
export const LEADERBOARD_FIELDS = [
  'employee',
  'revenue',
  'deals_won',
  'deals_lost',
  'deals_open',
  'win_rate',
  'leads_assigned',
  'leads_converted',
  'activities_completed',
] as const;
export type LeaderboardField = (typeof LEADERBOARD_FIELDS)[number];

export const DEFAULT_LEADERBOARD_ORDERING = '-revenue';

const DECIMAL = /^(-)?(\d+)(?:\.(\d+))?$/;

/** Two decimal strings compared exactly, as integers of the same scale; never through a float. */
export function compareDecimal(a: string, b: string): number {
  const left = DECIMAL.exec(a.trim());
  const right = DECIMAL.exec(b.trim());
  if (!left || !right) return a.localeCompare(b);
  const scale = Math.max(left[3]?.length ?? 0, right[3]?.length ?? 0);
  const toUnits = (match: RegExpExecArray) => {
    const units = BigInt(`${match[2] ?? '0'}${(match[3] ?? '').padEnd(scale, '0')}`);
    return match[1] ? -units : units;
  };
  const difference = toUnits(left) - toUnits(right);
  return difference === 0n ? 0 : difference > 0n ? 1 : -1;
}

function compareBy(field: LeaderboardField, a: EmployeePerformance, b: EmployeePerformance): number {
  switch (field) {
    case 'employee':
      return a.employee.full_name.localeCompare(b.employee.full_name);
    case 'revenue':
      return compareDecimal(a.revenue, b.revenue);
    case 'win_rate':
      return (a.win_rate ?? 0) - (b.win_rate ?? 0);
    default:
      return a[field] - b[field];
  }
}

/** "field" or "-field" of the leaderboard's columns; anything else is the default, revenue first. */
export function parseLeaderboardOrdering(raw: string | null): { field: LeaderboardField; descending: boolean } {
  const ordering = raw ?? DEFAULT_LEADERBOARD_ORDERING;
  const field = ordering.replace(/^-/, '');
  if (!(LEADERBOARD_FIELDS as readonly string[]).includes(field)) return parseLeaderboardOrdering(null);
  return { field: field as LeaderboardField, descending: ordering.startsWith('-') };
}

/**
 * The rows in the chosen order. A win rate nobody can have (no closed deals) sorts last either
 * way; ties keep the name order, so the table does not shuffle between renders.
 */
export function sortLeaderboard(rows: readonly EmployeePerformance[], ordering: string | null): EmployeePerformance[] {
  const { field, descending } = parseLeaderboardOrdering(ordering);
  const direction = descending ? -1 : 1;
  return [...rows].sort((a, b) => {
    if (field === 'win_rate' && (a.win_rate === null) !== (b.win_rate === null)) return a.win_rate === null ? 1 : -1;
    const result = compareBy(field, a, b) * direction;
    return result !== 0 ? result : a.employee.full_name.localeCompare(b.employee.full_name);
  });
}
