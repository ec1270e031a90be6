import type { Dashboard } from '@crm/contracts';
import { SimpleGrid } from '@/components/ui';
import { KpiCard } from '@/components/ui/charts';
import { formatMoney } from '@/lib/format';
import { formatCount, formatPercent } from '@/features/analytics';

interface KpiCardsProps {
  dashboard: Dashboard;
  currency: string | undefined;
}

/** The period's figures, each against the same-length period just before. */
export function PeriodKpiCards({ dashboard, currency }: KpiCardsProps) {
  const { revenue, deals_won, win_rate, new_leads, conversion_rate } = dashboard;
  return (
    <SimpleGrid columns={{ base: 1, sm: 2, lg: 3, xl: 5 }} gap="4" as="section" aria-label="This period's figures">
      <KpiCard
        testId="kpi-revenue"
        label="Won revenue"
        value={formatMoney(revenue.value, currency)}
        changePct={revenue.change_pct}
        previous={formatMoney(revenue.previous, currency)}
      />
      <KpiCard
        testId="kpi-deals-won"
        label="Deals won"
        value={formatCount(deals_won.value)}
        changePct={deals_won.change_pct}
        previous={formatCount(deals_won.previous)}
      />
      <KpiCard
        testId="kpi-win-rate"
        label="Win rate"
        value={formatPercent(win_rate.value)}
        changePct={win_rate.change_pct}
        previous={formatPercent(win_rate.previous)}
      />
      <KpiCard
        testId="kpi-new-leads"
        label="New leads"
        value={formatCount(new_leads.value)}
        changePct={new_leads.change_pct}
        previous={formatCount(new_leads.previous)}
      />
      <KpiCard
        testId="kpi-conversion-rate"
        label="Lead conversion"
        value={formatPercent(conversion_rate.value)}
        changePct={conversion_rate.change_pct}
        previous={formatPercent(conversion_rate.previous)}
      />
    </SimpleGrid>
  );
}

/** Figures as of now, whatever the period: the open pipeline. */
export function StockKpiCards({ dashboard, currency }: KpiCardsProps) {
  return (
    <>
      <KpiCard
        testId="kpi-open-deals"
        label="Open deals"
        value={formatCount(dashboard.open_deals)}
        helpText="As of now"
      />
      <KpiCard
        testId="kpi-pipeline-value"
        label="Pipeline value"
        value={formatMoney(dashboard.pipeline_value, currency)}
        helpText="Open deals, as of now"
      />
      <KpiCard
        testId="kpi-weighted-pipeline"
        label="Weighted pipeline"
        value={formatMoney(dashboard.weighted_pipeline_value, currency)}
        helpText="By stage probability, as of now"
      />
    </>
  );
}
