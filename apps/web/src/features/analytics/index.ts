/** What other features use of analytics: the dashboard's period, its charts and the cache keys. */
export { analyticsKeys } from './api/analytics-keys';
export type { Forecast } from './api/get-forecast';
export { FunnelChartCard } from './components/funnel-chart-card';
export { PeriodPicker } from './components/period-picker';
export { RevenueChartCard } from './components/revenue-chart-card';
export { formatCompactMoney, formatCount, formatPercent } from './lib/analytics-format';
export { chartQueryState, type ChartQueryState } from './lib/chart-query-state';
export type { DateRange } from './lib/period';
export { usePeriodUrlState, type PeriodUrlState } from './lib/use-period-url-state';
