// Recharts is imported here and in no file the first screen loads: only chart pages import charts/.
import type { ReactElement } from 'react';
import {
  Area,
  Bar,
  CartesianGrid,
  ComposedChart,
  LabelList,
  Line,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from 'recharts';
import { Box, HStack, Stack, Text } from '../primitives';
import type { ChartSeries } from './chart-series';
import { CHART_COLORS, CHART_CURSOR, CHART_GRID, CHART_TEXT, CHART_TOKENS } from './chart-theme';

export interface CategoryChartProps<T> {
  rows: readonly T[];
  /** The category of a row as shown on its axis: "Jan 2026", a stage's name. */
  category: (row: T) => string;
  /** The category axis' title: "Month", "Stage". */
  categoryLabel: string;
  /** The value axis' title: "Revenue (USD)". */
  valueLabel: string;
  series: readonly ChartSeries<T>[];
  /** More lines for the tooltip, after the series: a count of deals, a drop-off. */
  details?: readonly ChartDetail<T>[];
  /** Value axis ticks, short: "$15K". */
  formatTick: (value: number) => string;
  /** Bars running left to right with the categories down the side, as a funnel reads. */
  horizontal?: boolean;
  height?: number;
}

export interface ChartDetail<T> {
  label: string;
  text: (row: T) => string;
}

type Datum = Record<string, string | number | null> & { category: string; index: number };

const labelKey = (id: string) => `${id}__label`;
const TICK = { fill: CHART_TEXT, fontSize: 12 };

function toData<T>(rows: readonly T[], category: (row: T) => string, series: readonly ChartSeries<T>[]): Datum[] {
  return rows.map((row, index) => {
    const datum: Datum = { category: category(row), index };
    for (const item of series) {
      datum[item.id] = item.value(row);
      if (item.barLabel) datum[labelKey(item.id)] = item.barLabel(row);
    }
    return datum;
  });
}

function ChartTooltipContent<T>({
  active,
  payload,
  rows,
  category,
  series,
  details = [],
}: Partial<TooltipContentProps> & Pick<CategoryChartProps<T>, 'rows' | 'category' | 'series' | 'details'>) {
  const datum = payload?.[0]?.payload as Datum | undefined;
  const row = datum ? rows[datum.index] : undefined;
  if (!active || row === undefined) return null;
  return (
    <Stack gap="1" bg="bg.panel" color="fg" borderWidth="1px" borderRadius="md" boxShadow="md" px="3" py="2">
      <Text fontWeight="semibold" textStyle="sm">
        {category(row)}
      </Text>
      {series.map((item) => (
        <HStack key={item.id} gap="2" textStyle="sm">
          <Box boxSize="2.5" borderRadius="sm" bg={CHART_TOKENS[item.color ?? 'brand']} aria-hidden />
          <Text color="fg.muted">{item.label}</Text>
          <Text ms="auto" fontVariantNumeric="tabular-nums" fontWeight="medium">
            {item.text(row)}
          </Text>
        </HStack>
      ))}
      {details.map((detail) => (
        <HStack key={detail.label} gap="2" textStyle="sm">
          <Text color="fg.muted">{detail.label}</Text>
          <Text ms="auto" fontVariantNumeric="tabular-nums">
            {detail.text(row)}
          </Text>
        </HStack>
      ))}
    </Stack>
  );
}

function renderSeries<T>(item: ChartSeries<T>, horizontal: boolean): ReactElement {
  const color = CHART_COLORS[item.color ?? 'brand'];
  const common = { dataKey: item.id, name: item.label, isAnimationActive: false } as const;
  if (item.kind === 'line') {
    return (
      <Line
        key={item.id}
        {...common}
        type="monotone"
        stroke={color}
        strokeWidth={2}
        dot={{ r: 3, fill: color }}
        connectNulls
      />
    );
  }
  if (item.kind === 'area') {
    return (
      <Area key={item.id} {...common} type="linear" stroke={color} fill={color} fillOpacity={0.25} strokeWidth={2} />
    );
  }
  return (
    <Bar
      key={item.id}
      {...common}
      fill={color}
      radius={horizontal ? [0, 4, 4, 0] : [4, 4, 0, 0]}
      maxBarSize={horizontal ? 28 : 40}
    >
      {item.barLabel && (
        <LabelList
          dataKey={labelKey(item.id)}
          position={horizontal ? 'right' : 'top'}
          fill={CHART_TEXT}
          fontSize={12}
        />
      )}
    </Bar>
  );
}

/** A legend drawn with the theme's boxes, for charts with more than one measure. */
function ChartLegend<T>({ series }: { series: readonly ChartSeries<T>[] }) {
  return (
    <HStack gap="4" wrap="wrap" justify="center" textStyle="xs" color="fg.muted">
      {series.map((item) => (
        <HStack key={item.id} gap="1.5">
          <Box
            boxSize="2.5"
            borderRadius={item.kind === 'line' ? 'full' : 'sm'}
            bg={CHART_TOKENS[item.color ?? 'brand']}
          />
          <Text>{item.label}</Text>
        </HStack>
      ))}
    </HStack>
  );
}

/**
 * Bars, lines or areas over categories (months, stages), with titled axes and a tooltip of the
 * formatted figures. Screen readers get the card's table instead: the drawing is hidden from them.
 */
export function CategoryChart<T>(props: CategoryChartProps<T>) {
  const { rows, category, categoryLabel, valueLabel, series, formatTick, horizontal = false, height = 280 } = props;
  const data = toData(rows, category, series);
  const categoryAxisLabel = { value: categoryLabel, fill: CHART_TEXT, fontSize: 12 };
  const valueAxisLabel = { value: valueLabel, fill: CHART_TEXT, fontSize: 12 };
  const hasBarLabels = series.some((item) => item.barLabel);
  return (
    <Stack gap="2" aria-hidden="true" data-testid="chart">
      <Box height={`${String(height)}px`} width="full" minW="0">
        <ResponsiveContainer width="100%" height="100%" initialDimension={{ width: 640, height }}>
          <ComposedChart
            data={data}
            layout={horizontal ? 'vertical' : 'horizontal'}
            accessibilityLayer={false}
            margin={{ top: 16, right: horizontal && hasBarLabels ? 120 : 16, bottom: 24, left: 16 }}
          >
            <CartesianGrid stroke={CHART_GRID} strokeDasharray="3 3" vertical={horizontal} horizontal={!horizontal} />
            {horizontal ? (
              <>
                <XAxis
                  type="number"
                  tickFormatter={formatTick}
                  tick={TICK}
                  stroke={CHART_GRID}
                  label={{ ...valueAxisLabel, position: 'insideBottom', offset: -16 }}
                />
                <YAxis
                  type="category"
                  dataKey="category"
                  width={120}
                  tick={TICK}
                  stroke={CHART_GRID}
                  label={{ ...categoryAxisLabel, angle: -90, position: 'insideLeft', offset: -8 }}
                />
              </>
            ) : (
              <>
                <XAxis
                  dataKey="category"
                  tick={TICK}
                  stroke={CHART_GRID}
                  label={{ ...categoryAxisLabel, position: 'insideBottom', offset: -16 }}
                />
                <YAxis
                  tickFormatter={formatTick}
                  tick={TICK}
                  stroke={CHART_GRID}
                  width={72}
                  label={{ ...valueAxisLabel, angle: -90, position: 'insideLeft', offset: -8 }}
                />
              </>
            )}
            <Tooltip
              cursor={{ fill: CHART_CURSOR }}
              content={(tooltip) => (
                <ChartTooltipContent
                  {...tooltip}
                  rows={rows}
                  category={category}
                  series={series}
                  details={props.details}
                />
              )}
            />
            {series.map((item) => renderSeries(item, horizontal))}
          </ComposedChart>
        </ResponsiveContainer>
      </Box>
      {series.length > 1 && <ChartLegend series={series} />}
    </Stack>
  );
}
