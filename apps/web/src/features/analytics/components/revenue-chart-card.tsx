import type { ReactNode } from 'react';
import type { RevenuePoint } from '@crm/contracts';
import { formatMoney } from '@/lib/format';
import {
  CategoryChart,
  ChartCard,
  ChartTable,
  chartNumber,
  seriesColumns,
  type ChartSeries,
} from '@/components/ui/charts';
import { formatCompactMoney, formatCount, formatPeriodLabel } from '../lib/analytics-format';
import type { ChartQueryState } from '../lib/chart-query-state';

export interface RevenueChartCardProps extends ChartQueryState {
  title: string;
  description?: ReactNode;
  points: readonly RevenuePoint[] | undefined;
  currency: string | undefined;
  /** The period axis' title: "Month", "Week". */
  periodLabel?: string;
  headerAction?: ReactNode;
  kind?: 'bar' | 'area';
  testId?: string;
}

const hasRevenue = (points: readonly RevenuePoint[]) =>
  points.some((point) => point.deals_won > 0 || (chartNumber(point.revenue) ?? 0) !== 0);

/** Won revenue per period (PRODUCT §7: the value of won deals by close date). */
export function RevenueChartCard(props: RevenueChartCardProps) {
  const { title, description, points = [], currency, periodLabel = 'Month', kind = 'bar' } = props;
  const series: ChartSeries<RevenuePoint>[] = [
    {
      id: 'revenue',
      label: 'Revenue',
      kind,
      color: 'brand',
      value: (point) => chartNumber(point.revenue),
      text: (point) => formatMoney(point.revenue, currency),
    },
  ];
  const label = (point: RevenuePoint) => formatPeriodLabel(point.period);
  return (
    <ChartCard
      title={title}
      description={description}
      headerAction={props.headerAction}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      isRetrying={props.isRetrying}
      isEmpty={!hasRevenue(points)}
      emptyTitle="No revenue in this period"
      emptyDescription="Deals marked won show here by the date they closed."
      testId={props.testId}
      table={
        <ChartTable
          caption={title}
          rows={points}
          getRowKey={(point) => point.period}
          rowHeader={{ header: periodLabel, cell: label }}
          columns={[
            ...seriesColumns(series),
            { header: 'Deals won', cell: (point) => formatCount(point.deals_won), isNumeric: true },
            {
              header: 'Average deal value',
              cell: (point) => formatMoney(point.average_deal_value, currency),
              isNumeric: true,
            },
          ]}
        />
      }
    >
      <CategoryChart
        rows={points}
        category={label}
        categoryLabel={periodLabel}
        valueLabel={currency ? `Revenue (${currency})` : 'Revenue'}
        series={series}
        details={[{ label: 'Deals won', text: (point) => formatCount(point.deals_won) }]}
        formatTick={(value) => formatCompactMoney(value, currency)}
      />
    </ChartCard>
  );
}
