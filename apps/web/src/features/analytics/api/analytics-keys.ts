import type { RevenuePeriod } from '@crm/contracts';
import type { DateRange } from '../lib/period';

export const analyticsKeys = {
  all: ['analytics'] as const,
  dashboard: (range: DateRange) => [...analyticsKeys.all, 'dashboard', range] as const,
  revenueByPeriod: (range: DateRange, period: RevenuePeriod) =>
    [...analyticsKeys.all, 'revenue-by-period', range, period] as const,
  salesFunnel: (range: DateRange, pipeline: number | undefined) =>
    [...analyticsKeys.all, 'sales-funnel', range, pipeline ?? 'default'] as const,
  employeePerformance: (range: DateRange) => [...analyticsKeys.all, 'employee-performance', range] as const,
  forecast: (range: DateRange) => [...analyticsKeys.all, 'forecast', range] as const,
};
