import type { ForecastMonth } from '@crm/contracts';
import { Box, SimpleGrid, Stack, Text } from '@/components/ui';
import {
  CategoryChart,
  ChartCard,
  ChartTable,
  chartNumber,
  seriesColumns,
  type ChartSeries,
} from '@/components/ui/charts';
import type { Forecast } from '../api/get-forecast';
import { formatCompactMoney, formatCount, formatMoneyOrDash, formatPeriodLabel } from '../lib/analytics-format';
import type { ChartQueryState } from '../lib/chart-query-state';

export interface ForecastCardProps extends ChartQueryState {
  forecast: Forecast | undefined;
  currency: string | undefined;
  description?: string;
}

function forecastSeries(currency: string | undefined): ChartSeries<ForecastMonth>[] {
  const money = (pick: (month: ForecastMonth) => string | null) => ({
    value: (month: ForecastMonth) => chartNumber(pick(month)),
    text: (month: ForecastMonth) => formatMoneyOrDash(pick(month), currency),
  });
  return [
    { id: 'value', label: 'Pipeline value', color: 'blue', ...money((month) => month.value) },
    { id: 'weighted', label: 'Weighted forecast', color: 'brand', ...money((month) => month.weighted_value) },
    {
      id: 'forecast_at_start',
      label: 'Forecast at month start',
      color: 'purple',
      kind: 'line',
      ...money((month) => month.forecast_at_start),
    },
    { id: 'won', label: 'Won', color: 'orange', kind: 'line', ...money((month) => month.won) },
  ];
}

function Bucket({ title, bucket, currency }: { title: string; bucket: Forecast['overdue']; currency?: string }) {
  return (
    <Box borderWidth="1px" borderRadius="md" px="4" py="3">
      <Text textStyle="sm" color="fg.muted">
        {title}
      </Text>
      <Text fontWeight="semibold" fontVariantNumeric="tabular-nums">
        {formatCount(bucket.count)} {bucket.count === 1 ? 'deal' : 'deals'} ·{' '}
        {formatMoneyOrDash(bucket.value, currency)}
      </Text>
      <Text textStyle="sm" color="fg.muted" fontVariantNumeric="tabular-nums">
        Weighted {formatMoneyOrDash(bucket.weighted_value, currency)}
      </Text>
    </Box>
  );
}

const isBlank = (forecast: Forecast) =>
  forecast.overdue.count === 0 &&
  forecast.undated.count === 0 &&
  forecast.months.every(
    (month) =>
      (chartNumber(month.value) ?? 0) === 0 &&
      (chartNumber(month.won) ?? 0) === 0 &&
      (chartNumber(month.forecast_at_start) ?? 0) === 0,
  );

/**
 * Forecast against what happened (PRODUCT §7): open deals by expected close month, weighted by
 * stage probability, next to what was forecast at each month's start and what was won in it.
 */
export function ForecastCard({ forecast, currency, description, ...state }: ForecastCardProps) {
  const title = 'Forecast vs actual';
  const series = forecastSeries(currency);
  const months = forecast?.months ?? [];
  const monthLabel = (month: ForecastMonth) => formatPeriodLabel(month.month);
  return (
    <ChartCard
      title={title}
      description={description}
      {...state}
      isEmpty={forecast !== undefined && isBlank(forecast)}
      emptyTitle="Nothing to forecast yet"
      emptyDescription="Give open deals an expected close date and a value to see them here."
      testId="forecast-card"
      table={
        <ChartTable
          caption={title}
          rows={months}
          getRowKey={(month) => month.month}
          rowHeader={{ header: 'Month', cell: monthLabel }}
          columns={seriesColumns(series)}
        />
      }
      footer={
        forecast &&
        !isBlank(forecast) && (
          <Stack gap="2">
            <Text textStyle="sm" color="fg.muted">
              Open deals outside the months above
            </Text>
            <SimpleGrid columns={{ base: 1, sm: 2 }} gap="3">
              <Bucket title="Overdue (expected close has passed)" bucket={forecast.overdue} currency={currency} />
              <Bucket title="No expected close date" bucket={forecast.undated} currency={currency} />
            </SimpleGrid>
          </Stack>
        )
      }
    >
      <CategoryChart
        rows={months}
        category={monthLabel}
        categoryLabel="Expected close month"
        valueLabel={currency ? `Value (${currency})` : 'Value'}
        series={series}
        formatTick={(value) => formatCompactMoney(value, currency)}
        height={320}
      />
    </ChartCard>
  );
}
