import { beforeEach, describe, expect, it } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { giveChartsASize } from '@/test/chart-size';
import { UiProvider } from '../provider';
import { CategoryChart } from './category-chart';
import type { ChartSeries } from './chart-series';

interface Month {
  name: string;
  revenue: number;
  target: number | null;
}

const ROWS: Month[] = [
  { name: 'Jan', revenue: 10, target: 12 },
  { name: 'Feb', revenue: 30, target: null },
  { name: 'Mar', revenue: 20, target: 18 },
];

const SERIES: ChartSeries<Month>[] = [
  {
    id: 'revenue',
    label: 'Revenue',
    value: (row) => row.revenue,
    text: (row) => `$${String(row.revenue)}.00`,
    barLabel: (row) => `${String(row.revenue)} won`,
  },
  { id: 'target', label: 'Target', kind: 'line', value: (row) => row.target, text: (row) => String(row.target ?? '—') },
];

function renderChart(horizontal = false) {
  render(
    <UiProvider>
      <CategoryChart
        rows={ROWS}
        category={(row) => row.name}
        categoryLabel="Month"
        valueLabel="Revenue (USD)"
        series={SERIES}
        details={[{ label: 'Deals', text: () => '4' }]}
        formatTick={(value) => `$${String(value)}`}
        horizontal={horizontal}
      />
    </UiProvider>,
  );
  const chart = screen.getByTestId('chart');
  const svg = chart.querySelector('svg.chart-surface');
  if (!(svg instanceof SVGSVGElement)) throw new Error('no chart surface');
  return { chart, svg };
}

const textAt = (svg: SVGSVGElement, text: string) => {
  const node = [...svg.querySelectorAll('text')].find((element) => element.textContent === text);
  if (!node) throw new Error(`no "${text}" in the chart`);
  return { x: Number(node.getAttribute('x')), y: Number(node.getAttribute('y')) };
};

beforeEach(() => giveChartsASize(640, 280));

describe('CategoryChart', () => {
  it('draws at its frame width: axis titles, category names, formatted value ticks and a label per bar', () => {
    const { chart, svg } = renderChart();
    expect(chart).toHaveAttribute('aria-hidden', 'true');
    expect(svg.getAttribute('width')).toBe('640');
    for (const text of ['Month', 'Revenue (USD)', 'Jan', 'Feb', 'Mar', '$0', '$30', '10 won', '30 won', '20 won'])
      expect(textAt(svg, text)).toBeTruthy();
    // Taller bars end higher up: their labels sit above them.
    expect(textAt(svg, '30 won').y).toBeLessThan(textAt(svg, '20 won').y);
    expect(textAt(svg, '20 won').y).toBeLessThan(textAt(svg, '10 won').y);
    // The categories run left to right in order.
    expect(textAt(svg, 'Jan').x).toBeLessThan(textAt(svg, 'Feb').x);
    // The line has a dot for each figure it has: the missing February target is bridged, not drawn.
    expect(svg.querySelectorAll('circle')).toHaveLength(2);
  });

  it('lays the bars out sideways for a funnel: longer bars end further right', () => {
    const { svg } = renderChart(true);
    expect(textAt(svg, '30 won').x).toBeGreaterThan(textAt(svg, '20 won').x);
    expect(textAt(svg, 'Jan').y).toBeLessThan(textAt(svg, 'Mar').y);
  });

  it('shows the hovered category with every series and detail, and hides it when the pointer leaves', () => {
    const { chart, svg } = renderChart();
    const feb = textAt(svg, 'Feb');
    fireEvent.pointerMove(svg, { clientX: feb.x, clientY: 100 });
    const panel = within(chart);
    expect(panel.getAllByText('Feb').length).toBeGreaterThan(1);
    expect(panel.getByText('$30.00')).toBeInTheDocument();
    expect(panel.getByText('Deals')).toBeInTheDocument();
    fireEvent.pointerLeave(svg);
    expect(panel.queryByText('$30.00')).not.toBeInTheDocument();
  });
});
