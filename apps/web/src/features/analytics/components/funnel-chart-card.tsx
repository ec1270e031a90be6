import type { ReactNode } from 'react';
import type { FunnelStage } from '@crm/contracts';
import { formatMoney } from '@/lib/format';
import { CategoryChart, ChartCard, ChartTable, type ChartSeries } from '@/components/ui/charts';
import { formatCount, formatPercent } from '../lib/analytics-format';
import type { ChartQueryState } from '../lib/chart-query-state';

export interface FunnelChartCardProps extends ChartQueryState {
  title?: string;
  description?: ReactNode;
  stages: readonly FunnelStage[] | undefined;
  currency: string | undefined;
  headerAction?: ReactNode;
  testId?: string;
}

/** "25% drop-off" from the stage before; the first stage has none. */
function dropOffText(pct: number | null): string {
  return pct === null ? '—' : `${formatPercent(pct)} drop-off`;
}

const countSeries: ChartSeries<FunnelStage> = {
  id: 'count',
  label: 'Deals that reached the stage',
  color: 'brand',
  value: (stage) => stage.count,
  text: (stage) => formatCount(stage.count),
  // The count, then how many of the stage before did not get this far.
  barLabel: (stage) =>
    stage.drop_off_pct === null || stage.drop_off_pct === 0
      ? formatCount(stage.count)
      : `${formatCount(stage.count)} (−${formatPercent(stage.drop_off_pct)})`,
};

/**
 * The sales funnel (PRODUCT §7): deals created in the period, counted at every open stage they
 * reached, as horizontal bars with the drop-off from the stage before.
 */
export function FunnelChartCard(props: FunnelChartCardProps) {
  const { title = 'Sales funnel', stages = [], currency } = props;
  const isEmpty = stages.every((stage) => stage.count === 0);
  const stageName = (stage: FunnelStage) => stage.stage.name;
  return (
    <ChartCard
      title={title}
      description={props.description ?? 'Deals created in the period, by the furthest stage they reached.'}
      headerAction={props.headerAction}
      isLoading={props.isLoading}
      error={props.error}
      onRetry={props.onRetry}
      isRetrying={props.isRetrying}
      isEmpty={isEmpty}
      emptyTitle="No deals created in this period"
      emptyDescription="The funnel fills as new deals move through the pipeline's stages."
      testId={props.testId}
      table={
        <ChartTable
          caption={title}
          rows={stages}
          getRowKey={(stage) => stage.stage.id}
          rowHeader={{ header: 'Stage', cell: stageName }}
          columns={[
            { header: 'Deals reached', cell: countSeries.text, isNumeric: true },
            { header: 'Drop-off', cell: (stage) => dropOffText(stage.drop_off_pct), isNumeric: true },
            { header: 'Value', cell: (stage) => formatMoney(stage.value, currency), isNumeric: true },
            { header: 'Value drop-off', cell: (stage) => dropOffText(stage.value_drop_off_pct), isNumeric: true },
            { header: 'Weighted value', cell: (stage) => formatMoney(stage.weighted_value, currency), isNumeric: true },
            { header: 'In the stage now', cell: (stage) => formatCount(stage.current_count), isNumeric: true },
          ]}
        />
      }
    >
      <CategoryChart
        rows={stages}
        category={stageName}
        categoryLabel="Stage"
        valueLabel="Deals"
        series={[countSeries]}
        details={[
          { label: 'Drop-off', text: (stage) => dropOffText(stage.drop_off_pct) },
          { label: 'Value', text: (stage) => formatMoney(stage.value, currency) },
          { label: 'In the stage now', text: (stage) => formatCount(stage.current_count) },
        ]}
        formatTick={(value) => formatCount(value)}
        horizontal
        height={Math.max(200, stages.length * 48 + 60)}
      />
    </ChartCard>
  );
}
