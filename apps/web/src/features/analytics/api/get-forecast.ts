import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type { forecastSchema } from '@crm/contracts';
import { apiClient } from '@/lib/api-client';
import type { DateRange } from '../lib/period';
import { analyticsKeys } from './analytics-keys';

export type Forecast = z.infer<typeof forecastSchema>;

/** `range` selects expected-close months. */
export async function getForecast(range: DateRange): Promise<Forecast> {
  const response = await apiClient.get<Forecast>('analytics/forecast/', { params: range });
  return response.data;
}

export function useForecast(range: DateRange) {
  return useQuery({ queryKey: analyticsKeys.forecast(range), queryFn: () => getForecast(range) });
}
