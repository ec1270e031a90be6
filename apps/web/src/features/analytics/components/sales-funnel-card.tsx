import { useSearchParams } from 'react-router';
import { SelectNative } from '@/components/ui';
import { usePipelines } from '@/features/pipelines';
import { useSalesFunnel } from '../api/get-sales-funnel';
import { chartQueryState } from '../lib/chart-query-state';
import type { PeriodUrlState } from '../lib/use-period-url-state';
import { FunnelChartCard } from './funnel-chart-card';

/** The funnel of one pipeline (the default unless `?pipeline=` names another). */
export function SalesFunnelCard({ period, currency }: { period: PeriodUrlState; currency: string | undefined }) {
  const [searchParams, setSearchParams] = useSearchParams();
  const pipelines = usePipelines();
  const raw = searchParams.get('pipeline');
  const pipelineId = raw !== null && /^\d+$/.test(raw) ? Number(raw) : undefined;
  const funnel = useSalesFunnel(period.range, pipelineId, period.error === null);
  const options = (pipelines.data ?? []).map((pipeline) => ({ value: String(pipeline.id), label: pipeline.name }));
  const selected = pipelineId ?? pipelines.data?.find((pipeline) => pipeline.is_default)?.id;

  const choose = (value: string) =>
    setSearchParams((current) => {
      const params = new URLSearchParams(current);
      params.set('pipeline', value);
      return params;
    });

  return (
    <FunnelChartCard
      stages={funnel.data}
      currency={currency}
      {...chartQueryState(funnel)}
      testId="sales-funnel-card"
      headerAction={
        options.length > 1 && (
          <SelectNative
            aria-label="Pipeline"
            size="xs"
            width="44"
            options={options}
            value={selected === undefined ? '' : String(selected)}
            onChange={(event) => choose(event.target.value)}
          />
        )
      }
    />
  );
}
