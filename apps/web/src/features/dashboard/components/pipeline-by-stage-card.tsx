import type { Dashboard } from '@crm/contracts';
import { formatMoney } from '@/lib/format';
import {
  CategoryChart,
  ChartCard,
  ChartTable,
  chartNumber,
  seriesColumns,
  type ChartSeries,
} from '@/components/ui/charts';
import { formatCompactMoney, formatCount } from '@/features/analytics';

type StageValue = Dashboard['pipeline_by_stage'][number];

/** The open pipeline by stage, as of now: each stage's value and its weighted value. */
export function PipelineByStageCard({ stages, currency }: { stages: readonly StageValue[]; currency?: string }) {
  const title = 'Pipeline by stage';
  const series: ChartSeries<StageValue>[] = [
    {
      id: 'value',
      label: 'Value',
      color: 'blue',
      value: (stage) => chartNumber(stage.value),
      text: (stage) => formatMoney(stage.value, currency),
    },
    {
      id: 'weighted',
      label: 'Weighted value',
      color: 'brand',
      value: (stage) => chartNumber(stage.weighted_value),
      text: (stage) => formatMoney(stage.weighted_value, currency),
    },
  ];
  const stageName = (stage: StageValue) => stage.stage.name;
  const dealCount = { label: 'Open deals', text: (stage: StageValue) => formatCount(stage.count) };
  return (
    <ChartCard
      title={title}
      description="Open deals of the default pipeline, as of now."
      isEmpty={stages.every((stage) => stage.count === 0)}
      emptyTitle="No open deals"
      emptyDescription="Open deals show here by the stage they are in."
      testId="pipeline-by-stage-card"
      table={
        <ChartTable
          caption={title}
          rows={stages}
          getRowKey={(stage) => stage.stage.id}
          rowHeader={{ header: 'Stage', cell: stageName }}
          columns={[{ header: 'Open deals', cell: dealCount.text, isNumeric: true }, ...seriesColumns(series)]}
        />
      }
    >
      <CategoryChart
        rows={stages}
        category={stageName}
        categoryLabel="Stage"
        valueLabel={currency ? `Value (${currency})` : 'Value'}
        series={series}
        details={[dealCount]}
        formatTick={(value) => formatCompactMoney(value, currency)}
      />
    </ChartCard>
  );
}
