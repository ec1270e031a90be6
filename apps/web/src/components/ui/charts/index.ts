/**
 * Charts and KPI cards for the dashboard and analytics pages. Import from here, never from the
 * components/ui index: the chart library (visx) must load with those pages, not with the first screen.
 */
export { CategoryChart, type CategoryChartProps, type ChartDetail } from './category-chart';
export { ChartCard, type ChartCardProps } from './chart-card';
export { ChartTable, type ChartTableColumn, type ChartTableProps } from './chart-table';
export { chartNumber, seriesColumns, type ChartSeries } from './chart-series';
export { CHART_COLORS, type ChartColor } from './chart-theme';
export { KpiCard, describeChange, trendOf, type KpiCardProps, type Trend } from './kpi-card';
