import type { ChartColor } from './chart-theme';
import type { ChartTableColumn } from './chart-table';

/** One measure of a chart: how to draw it, and the formatted text its tooltip and table show. */
export interface ChartSeries<T> {
  id: string;
  label: string;
  color?: ChartColor;
  kind?: 'bar' | 'line' | 'area';
  /** The number the geometry needs; null leaves a gap (a month with no figure). */
  value: (row: T) => number | null;
  /** The exact figure as people read it ("$1,500.00"), from the API's own string. */
  text: (row: T) => string;
  /** A note at the end of each bar, e.g. a count and the drop-off. */
  barLabel?: (row: T) => string;
}

/** The table alternative's columns: the same texts as the tooltips, so both show the same numbers. */
export function seriesColumns<T>(series: readonly ChartSeries<T>[]): ChartTableColumn<T>[] {
  return series.map((item) => ({ header: item.label, cell: item.text, isNumeric: true }));
}

/**
 * A decimal string from the API as a number for the drawing only: bar lengths need no more than a
 * float's precision, while every figure people read is formatted from the string itself.
 */
export function chartNumber(amount: string | null | undefined): number | null {
  if (amount === null || amount === undefined || amount === '') return null;
  const value = Number(amount);
  return Number.isFinite(value) ? value : null;
}
