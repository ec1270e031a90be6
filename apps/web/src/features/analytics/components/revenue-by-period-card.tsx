import { useSearchParams } from 'react-router';
import { REVENUE_PERIODS, type RevenuePeriod } from '@crm/contracts';
import { SegmentedControl } from '@/components/ui';
import { useRevenueByPeriod } from '../api/get-revenue-by-period';
import { chartQueryState } from '../lib/chart-query-state';
import type { PeriodUrlState } from '../lib/use-period-url-state';
import { RevenueChartCard } from './revenue-chart-card';

const GRANULARITY_LABELS: Record<RevenuePeriod, string> = {
  day: 'Day',
  week: 'Week',
  month: 'Month',
  quarter: 'Quarter',
  year: 'Year',
};
const ITEMS = REVENUE_PERIODS.map((value) => ({ value, label: GRANULARITY_LABELS[value] }));
const DEFAULT_GRANULARITY: RevenuePeriod = 'month';

const isGranularity = (value: string | null): value is RevenuePeriod =>
  value !== null && (REVENUE_PERIODS as readonly string[]).includes(value);

/** Won revenue of the period by day, week, month, quarter or year; the choice stays in the URL. */
export function RevenueByPeriodCard({ period, currency }: { period: PeriodUrlState; currency: string | undefined }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const raw = searchParams.get('granularity');
  const granularity = isGranularity(raw) ? raw : DEFAULT_GRANULARITY;
  const revenue = useRevenueByPeriod(period.range, granularity, period.error === null);
  const choose = (value: string) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      if (value === DEFAULT_GRANULARITY) params.delete('granularity');
      else params.set('granularity', value);
      return params;
    });

  return (
    <RevenueChartCard
      title="Revenue by period"
      description="The value of deals won, by the date they closed."
      points={revenue.data}
      currency={currency}
      periodLabel={GRANULARITY_LABELS[granularity]}
      {...chartQueryState(revenue)}
      headerAction={<SegmentedControl label="Group by" value={granularity} onValueChange={choose} items={ITEMS} />}
      testId="revenue-by-period-card"
    />
  );
}
