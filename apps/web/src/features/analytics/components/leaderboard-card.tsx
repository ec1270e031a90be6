import { useSearchParams } from 'react-router';
import type { EmployeePerformance } from '@crm/contracts';
import { formatMoney } from '@/lib/format';
import {
  EmptyState,
  LoadErrorPanel,
  RouterLink,
  SectionCard,
  SortableColumnHeader,
  Table,
  TableSkeleton,
} from '@/components/ui';
import { LuTrophy } from 'react-icons/lu';
import { formatCount, formatPercent } from '../lib/analytics-format';
import type { ChartQueryState } from '../lib/chart-query-state';
import { DEFAULT_LEADERBOARD_ORDERING, sortLeaderboard, type LeaderboardField } from '../lib/leaderboard';

interface LeaderboardColumn {
  field: Exclude<LeaderboardField, 'employee'>;
  label: string;
  cell: (row: EmployeePerformance, currency: string | undefined) => string;
}

const NUMBER_COLUMNS: readonly LeaderboardColumn[] = [
  { field: 'revenue', label: 'Revenue', cell: (row, currency) => formatMoney(row.revenue, currency) },
  { field: 'deals_won', label: 'Deals won', cell: (row) => formatCount(row.deals_won) },
  { field: 'deals_lost', label: 'Deals lost', cell: (row) => formatCount(row.deals_lost) },
  { field: 'deals_open', label: 'Open deals', cell: (row) => formatCount(row.deals_open) },
  { field: 'win_rate', label: 'Win rate', cell: (row) => formatPercent(row.win_rate) },
  { field: 'leads_assigned', label: 'Leads assigned', cell: (row) => formatCount(row.leads_assigned) },
  { field: 'leads_converted', label: 'Leads converted', cell: (row) => formatCount(row.leads_converted) },
  { field: 'activities_completed', label: 'Activities done', cell: (row) => formatCount(row.activities_completed) },
];

export interface LeaderboardCardProps extends ChartQueryState {
  rows: readonly EmployeePerformance[] | undefined;
  currency: string | undefined;
}

/** Every visible employee's figures for the period; any column sorts, and the order stays in the URL. */
export function LeaderboardCard({ rows = [], currency, isLoading = false, ...state }: LeaderboardCardProps) {
  const [searchParams, setSearchParams] = useSearchParams();
  const ordering = searchParams.get('sort') ?? DEFAULT_LEADERBOARD_ORDERING;
  const sorted = sortLeaderboard(rows, ordering);
  const onSort = (next: string) =>
    setSearchParams(
      (current) => {
        const params = new URLSearchParams(current);
        if (next === DEFAULT_LEADERBOARD_ORDERING) params.delete('sort');
        else params.set('sort', next);
        return params;
      },
      { replace: true },
    );

  let body;
  if (state.error !== undefined)
    body = (
      <LoadErrorPanel
        error={state.error}
        subject="the leaderboard"
        onRetry={state.onRetry}
        isRetrying={state.isRetrying}
      />
    );
  else if (isLoading) body = <TableSkeleton rows={4} label="Loading the leaderboard" />;
  else if (rows.length === 0)
    body = (
      <EmptyState
        icon={<LuTrophy />}
        title="No employees yet"
        description="Add employees and assign them leads and deals to compare their results."
      />
    );
  else
    body = (
      <Table.ScrollArea borderWidth="1px" borderRadius="md">
        <Table.Root size="sm" aria-label="Employee leaderboard">
          <Table.Header>
            <Table.Row>
              <SortableColumnHeader label="Employee" field="employee" ordering={ordering} onSort={onSort} />
              {NUMBER_COLUMNS.map((column) => (
                <SortableColumnHeader
                  key={column.field}
                  label={column.label}
                  field={column.field}
                  ordering={ordering}
                  onSort={onSort}
                  isNumeric
                />
              ))}
            </Table.Row>
          </Table.Header>
          <Table.Body>
            {sorted.map((row) => (
              <Table.Row key={row.employee.id} data-testid="leaderboard-row">
                <Table.Cell as="th" scope="row" fontWeight="medium" textAlign="start">
                  <RouterLink to={`/employees/${String(row.employee.id)}`}>{row.employee.full_name}</RouterLink>
                </Table.Cell>
                {NUMBER_COLUMNS.map((column) => (
                  <Table.Cell key={column.field} textAlign="end" fontVariantNumeric="tabular-nums" whiteSpace="nowrap">
                    {column.cell(row, currency)}
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Table.Body>
        </Table.Root>
      </Table.ScrollArea>
    );

  return (
    <SectionCard title="Employee leaderboard" description="Results of the period, by the employee assigned.">
      {body}
    </SectionCard>
  );
}
