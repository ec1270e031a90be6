// visx is imported here and in no file the first screen loads: only chart pages import charts/.
import {
  useLayoutEffect,
  useRef,
  useState,
  type PointerEvent,
  type ReactElement,
  type RefObject,
  type SVGProps,
} from 'react';
import { curveLinear, curveMonotoneX, curveMonotoneY } from '@visx/curve';
import { GridColumns, GridRows } from '@visx/grid';
import { Group } from '@visx/group';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Area, BarRounded, LinePath } from '@visx/shape';
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

/** The width drawn at until the container has been measured (and in tests, where nothing is laid out). */
const INITIAL_WIDTH = 640;
/** Tests give the element with this class a size (src/test/chart-size.ts): jsdom lays nothing out. */
const FRAME_CLASS = 'chart-frame';

const FONT_SIZE = 12;
const TICK_LENGTH = 6;
/** Room for the axes beside and below the plot: tick labels, and the category names of a funnel. */
const VALUE_AXIS_WIDTH = 72;
const CATEGORY_AXIS_WIDTH = 120;
const BOTTOM_AXIS_HEIGHT = 30;
/** Bars leave 10% of their band free on each side, and 4px between the bars of one category. */
const BAR_CATEGORY_GAP = 0.1;
const BAR_GAP = 4;
const BAR_RADIUS = 4;
/** Bar labels sit this far from the bar's end. */
const LABEL_OFFSET = 5;
/** A generous width of one character at 12px, until the labels have been measured (and in jsdom). */
const CHAR_WIDTH = 8.5;
/** The least room between two category labels side by side. */
const LABEL_GAP = 8;

type BandScale = ReturnType<typeof scaleBand<number>>;
type LinearScale = ReturnType<typeof scaleLinear<number>>;

interface Margin {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where the plot sits in the SVG: the axes and their titles go around it, in the margins. */
interface Plot {
  left: number;
  top: number;
  width: number;
  height: number;
}

/** Everything the pieces of one drawing share: its plot, scales and orientation. */
interface Geometry {
  plot: Plot;
  horizontal: boolean;
  categoryScale: BandScale;
  valueScale: LinearScale;
  valueTicks: number[];
}

interface Hover {
  index: number;
  x: number;
  y: number;
}

/** The container's width, kept current as it resizes. */
function useContainerWidth(): [RefObject<HTMLDivElement>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(INITIAL_WIDTH);
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element) return undefined;
    // Measured before the first paint, so the chart does not jump from the initial width. A 0 here
    // means nothing is laid out (jsdom) rather than an empty card: the initial width stays then.
    const measured = element.getBoundingClientRect().width;
    if (measured > 0) setWidth(measured);
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(entry.contentRect.width);
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

function plotOf(width: number, height: number, margin: Margin, horizontal: boolean): Plot {
  const left = margin.left + (horizontal ? CATEGORY_AXIS_WIDTH : VALUE_AXIS_WIDTH);
  return {
    left,
    top: margin.top,
    // Never negative, so a card squeezed to nothing draws nothing rather than throwing.
    width: Math.max(0, width - left - margin.right),
    height: Math.max(0, height - margin.top - margin.bottom - BOTTOM_AXIS_HEIGHT),
  };
}

/** The value axis always includes 0, where bars and areas start; an empty chart gets 0–1. */
function valueDomain(values: readonly (number | null)[][]): [number, number] {
  const numbers = values.flat().filter((value): value is number => value !== null);
  const min = Math.min(0, ...numbers);
  const max = Math.max(0, ...numbers);
  return min === max ? [0, 1] : [min, max];
}

/** About one value tick per 72px across (labels side by side) or 24px down, at most 5. */
function valueTickCount(length: number, horizontal: boolean): number {
  return Math.max(2, Math.min(5, Math.floor(length / (horizontal ? 72 : 24))));
}

function geometryOf(plot: Plot, horizontal: boolean, rowCount: number, values: readonly (number | null)[][]): Geometry {
  const categoryScale = scaleBand<number>({
    domain: Array.from({ length: rowCount }, (_, index) => index),
    range: horizontal ? [0, plot.height] : [0, plot.width],
  });
  const tickCount = valueTickCount(horizontal ? plot.width : plot.height, horizontal);
  const valueScale = scaleLinear<number>({
    domain: valueDomain(values),
    range: horizontal ? [0, plot.width] : [plot.height, 0],
    nice: tickCount,
  });
  return { plot, horizontal, categoryScale, valueScale, valueTicks: valueScale.ticks(tickCount) };
}

/**
 * The width of the widest label as the SVG draws it (its font is the page's), so that the axis
 * can leave out labels that would overlap. Measured with a throwaway <text> before the paint.
 */
function useWidestLabel(svgRef: RefObject<SVGSVGElement>, labels: readonly string[]): number {
  const [measured, setMeasured] = useState<number | undefined>(undefined);
  // One string as the effect's dependency: callers build a new array on every render.
  const key = labels.join('\n');
  useLayoutEffect(() => {
    const svg = svgRef.current;
    const probe = document.createElementNS('http://www.w3.org/2000/svg', 'text');
    // jsdom lays out no text: the estimate stays.
    if (!svg || typeof probe.getComputedTextLength !== 'function') return;
    probe.setAttribute('font-size', String(FONT_SIZE));
    svg.appendChild(probe);
    let widest = 0;
    for (const label of key.split('\n')) {
      probe.textContent = label;
      widest = Math.max(widest, probe.getComputedTextLength());
    }
    probe.remove();
    setMeasured(widest);
  }, [svgRef, key]);
  return measured ?? Math.max(0, ...labels.map((label) => label.length * CHAR_WIDTH));
}

/**
 * The categories whose names fit on the axis: every k-th one when they would overlap, counted
 * from the last so that the latest month always shows.
 */
function visibleCategories(count: number, step: number, labelSize: number): number[] {
  const every = Math.max(1, Math.ceil(labelSize / Math.max(step, 1)));
  return Array.from({ length: count }, (_, index) => index).filter((index) => (count - 1 - index) % every === 0);
}

/** A box spanning `[categoryStart, +categorySize]` across and `[valueFrom, valueTo]` along the value axis. */
function box(geometry: Geometry, categoryStart: number, categorySize: number, valueFrom: number, valueTo: number) {
  const from = geometry.valueScale(valueFrom);
  const to = geometry.valueScale(valueTo);
  const valueStart = Math.min(from, to);
  const valueSize = Math.abs(to - from);
  return geometry.horizontal
    ? { x: valueStart, y: categoryStart, width: valueSize, height: categorySize }
    : { x: categoryStart, y: valueStart, width: categorySize, height: valueSize };
}

/** The centre of a category's band, where lines and areas pass. */
function bandCenter(geometry: Geometry, index: number): number {
  return (geometry.categoryScale(index) ?? 0) + geometry.categoryScale.bandwidth() / 2;
}

/** A point at a category's centre and a value, in the chart's orientation. */
function pointAt(geometry: Geometry, index: number, value: number): { x: number; y: number } {
  const across = bandCenter(geometry, index);
  const along = geometry.valueScale(value);
  return geometry.horizontal ? { x: along, y: across } : { x: across, y: along };
}

/** Where each bar series sits in a category's band: side by side, centred, none wider than `maxSize`. */
function barSlots(count: number, band: number, maxSize: number): { size: number; offsets: number[] } {
  const fitted = (band * (1 - 2 * BAR_CATEGORY_GAP) - (count - 1) * BAR_GAP) / count;
  const size = Math.max(0, Math.min(maxSize, fitted));
  const start = (band - (size * count + (count - 1) * BAR_GAP)) / 2;
  return { size, offsets: Array.from({ length: count }, (_, slot) => start + slot * (size + BAR_GAP)) };
}

interface SeriesLayerProps {
  geometry: Geometry;
  color: string;
  values: readonly (number | null)[];
}

function BarSeries({
  geometry,
  color,
  values,
  labels,
  size,
  offset,
}: SeriesLayerProps & { labels: readonly (string | undefined)[]; size: number; offset: number }) {
  const { horizontal } = geometry;
  return (
    <Group>
      {values.map((value, index) => {
        if (value === null) return null;
        const bar = box(geometry, (geometry.categoryScale(index) ?? 0) + offset, size, 0, value);
        // The corners round at the bar's far end: the top, or the right of a funnel's bar.
        const reversed = value < 0;
        const label = labels[index];
        return (
          <Group key={index}>
            <BarRounded
              {...bar}
              radius={BAR_RADIUS}
              top={!horizontal && !reversed}
              bottom={!horizontal && reversed}
              right={horizontal && !reversed}
              left={horizontal && reversed}
              fill={color}
            />
            {label !== undefined && <BarLabel bar={bar} horizontal={horizontal} text={label} />}
          </Group>
        );
      })}
    </Group>
  );
}

/** A note just past the bar's end: to its right in a funnel, above it otherwise. */
function BarLabel({
  bar,
  horizontal,
  text,
}: {
  bar: { x: number; y: number; width: number; height: number };
  horizontal: boolean;
  text: string;
}) {
  const position: SVGProps<SVGTextElement> = horizontal
    ? { x: bar.x + bar.width + LABEL_OFFSET, y: bar.y + bar.height / 2, dy: '0.355em', textAnchor: 'start' }
    : { x: bar.x + bar.width / 2, y: bar.y - LABEL_OFFSET, textAnchor: 'middle' };
  return (
    <text {...position} fill={CHART_TEXT} fontSize={FONT_SIZE}>
      {text}
    </text>
  );
}

function LineSeries({ geometry, color, values }: SeriesLayerProps) {
  // A missing month is bridged: the line goes on from the previous figure to the next.
  const points = values.flatMap((value, index) => (value === null ? [] : [pointAt(geometry, index, value)]));
  return (
    <Group>
      <LinePath
        data={points}
        x={(point) => point.x}
        y={(point) => point.y}
        curve={geometry.horizontal ? curveMonotoneY : curveMonotoneX}
        stroke={color}
        strokeWidth={2}
        fill="none"
      />
      {points.map((point, index) => (
        <circle key={index} cx={point.x} cy={point.y} r={3} fill={color} stroke={color} strokeWidth={2} />
      ))}
    </Group>
  );
}

function AreaSeries({ geometry, color, values }: SeriesLayerProps) {
  const indices = values.map((_, index) => index);
  const across = (index: number) => bandCenter(geometry, index);
  const along = (index: number) => geometry.valueScale(values[index] ?? 0);
  const base = geometry.valueScale(0);
  // Unlike a line, an area leaves a gap where a figure is missing.
  const defined = (index: number) => values[index] !== null;
  const edge = geometry.horizontal ? { x: along, y: across } : { x: across, y: along };
  const fill = geometry.horizontal ? { y: across, x0: base, x1: along } : { x: across, y0: base, y1: along };
  // The fill, then the stroke along its value edge only: a stroke on the area would outline its base too.
  return (
    <Group>
      <Area data={indices} {...fill} defined={defined} curve={curveLinear} fill={color} fillOpacity={0.25} />
      <LinePath data={indices} {...edge} defined={defined} curve={curveLinear} stroke={color} strokeWidth={2} />
    </Group>
  );
}

/** Dashed lines along the value axis only, at its ticks. */
function ChartGrid({ geometry }: { geometry: Geometry }) {
  const { plot, valueScale, valueTicks } = geometry;
  const common = { scale: valueScale, tickValues: valueTicks, stroke: CHART_GRID, strokeDasharray: '3 3' };
  return geometry.horizontal ? (
    <GridColumns {...common} height={plot.height} />
  ) : (
    <GridRows {...common} width={plot.width} />
  );
}

interface AxesProps {
  geometry: Geometry;
  categoryNames: readonly string[];
  /** The widest category name, in pixels. */
  widestName: number;
  formatTick: (value: number) => string;
}

interface SvgAxisProps<V> {
  orientation: 'left' | 'bottom';
  /** The axis line's length in pixels. */
  length: number;
  ticks: readonly V[];
  /** Where a tick sits along the axis, in pixels. */
  position: (tick: V) => number;
  label: (tick: V) => string;
  top?: number;
}

/**
 * An axis line with its ticks and labels. Drawn here rather than with @visx/axis, whose text
 * component brings a CSS calc() evaluator (~7 KB gzipped) these plain labels do not need.
 */
function SvgAxis<V>({ orientation, length, ticks, position, label, top = 0 }: SvgAxisProps<V>) {
  const isLeft = orientation === 'left';
  return (
    <g transform={`translate(0, ${String(top)})`} fill={CHART_TEXT} fontSize={FONT_SIZE}>
      <line x1={0} y1={0} x2={isLeft ? 0 : length} y2={isLeft ? length : 0} stroke={CHART_GRID} />
      {ticks.map((tick) => {
        const at = position(tick);
        return (
          <g key={String(tick)}>
            <line
              x1={isLeft ? -TICK_LENGTH : at}
              x2={isLeft ? 0 : at}
              y1={isLeft ? at : 0}
              y2={isLeft ? at : TICK_LENGTH}
              stroke={CHART_GRID}
            />
            <text
              x={isLeft ? -TICK_LENGTH - 2 : at}
              y={isLeft ? at : TICK_LENGTH + FONT_SIZE}
              dy={isLeft ? '0.32em' : undefined}
              textAnchor={isLeft ? 'end' : 'middle'}
            >
              {label(tick)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function ChartAxes({ geometry, categoryNames, widestName, formatTick }: AxesProps) {
  const { plot, horizontal, categoryScale, valueScale, valueTicks } = geometry;
  const categoryAxis = {
    // Names side by side need their width; names stacked down a funnel only their line's height.
    ticks: visibleCategories(
      categoryNames.length,
      categoryScale.step(),
      horizontal ? FONT_SIZE + 4 : widestName + LABEL_GAP,
    ),
    position: (index: number) => (categoryScale(index) ?? 0) + categoryScale.bandwidth() / 2,
    label: (index: number) => categoryNames[index] ?? '',
  };
  const valueAxis = { ticks: valueTicks, position: (value: number) => valueScale(value), label: formatTick };
  return horizontal ? (
    <>
      <SvgAxis orientation="left" length={plot.height} {...categoryAxis} />
      <SvgAxis orientation="bottom" length={plot.width} top={plot.height} {...valueAxis} />
    </>
  ) : (
    <>
      <SvgAxis orientation="left" length={plot.height} {...valueAxis} />
      <SvgAxis orientation="bottom" length={plot.width} top={plot.height} {...categoryAxis} />
    </>
  );
}

/** The axes' titles: the left one turned to read upwards, the bottom one under the tick labels. */
function AxisTitles({ plot, left, bottom, height }: { plot: Plot; left: string; bottom: string; height: number }) {
  const leftX = 12;
  const leftY = plot.top + plot.height / 2;
  return (
    <g fill={CHART_TEXT} fontSize={FONT_SIZE} textAnchor="middle">
      <text x={leftX} y={leftY} dy="0.355em" transform={`rotate(-90 ${String(leftX)} ${String(leftY)})`}>
        {left}
      </text>
      <text x={plot.left + plot.width / 2} y={height - 8}>
        {bottom}
      </text>
    </g>
  );
}

/** The band under the pointer, shaded behind the series. */
function HoverCursor({ geometry, index }: { geometry: Geometry; index: number }) {
  const { plot, horizontal, categoryScale } = geometry;
  const start = categoryScale(index) ?? 0;
  const band = categoryScale.step();
  const rect = horizontal
    ? { x: 0, y: start, width: plot.width, height: band }
    : { x: start, y: 0, width: band, height: plot.height };
  return <rect {...rect} fill={CHART_CURSOR} />;
}

/** The category under a point of the SVG, or undefined outside the plot. */
function categoryAt(geometry: Geometry, x: number, y: number, count: number): number | undefined {
  const { plot, horizontal, categoryScale } = geometry;
  const inside = x >= plot.left && x <= plot.left + plot.width && y >= plot.top && y <= plot.top + plot.height;
  if (!inside || count === 0) return undefined;
  const along = horizontal ? y - plot.top : x - plot.left;
  return Math.min(count - 1, Math.max(0, Math.floor(along / categoryScale.step())));
}

function ChartTooltipContent<T>({
  row,
  category,
  series,
  details = [],
}: { row: T } & Pick<CategoryChartProps<T>, 'category' | 'series' | 'details'>) {
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

/** Offset from the pointer; past the middle the panel flips to the other side so it stays in the card. */
const POINTER_GAP = 12;

function tooltipTransform(hover: Hover, width: number, height: number): string {
  const x = hover.x > width / 2 ? `calc(-100% - ${String(POINTER_GAP)}px)` : `${String(POINTER_GAP)}px`;
  const y = hover.y > height / 2 ? `calc(-100% - ${String(POINTER_GAP)}px)` : `${String(POINTER_GAP)}px`;
  return `translate(${x}, ${y})`;
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

function renderSeries<T>(
  series: readonly ChartSeries<T>[],
  rows: readonly T[],
  values: readonly (number | null)[][],
  geometry: Geometry,
): ReactElement[] {
  const bars = series.filter((item) => (item.kind ?? 'bar') === 'bar');
  const slots = barSlots(bars.length, geometry.categoryScale.bandwidth(), geometry.horizontal ? 28 : 40);
  return series.map((item, position) => {
    const layer = { geometry, color: CHART_COLORS[item.color ?? 'brand'], values: values[position] ?? [] };
    if (item.kind === 'line') return <LineSeries key={item.id} {...layer} />;
    if (item.kind === 'area') return <AreaSeries key={item.id} {...layer} />;
    const labels = rows.map((row) => item.barLabel?.(row));
    const slot = bars.indexOf(item);
    return <BarSeries key={item.id} {...layer} labels={labels} size={slots.size} offset={slots.offsets[slot] ?? 0} />;
  });
}

/**
 * Bars, lines or areas over categories (months, stages), with titled axes and a tooltip of the
 * formatted figures. Screen readers get the card's table instead: the drawing is hidden from them.
 */
export function CategoryChart<T>(props: CategoryChartProps<T>) {
  const { rows, category, categoryLabel, valueLabel, series, formatTick, horizontal = false, height = 280 } = props;
  const [frameRef, width] = useContainerWidth();
  const svgRef = useRef<SVGSVGElement>(null);
  const [hover, setHover] = useState<Hover | undefined>(undefined);

  const hasBarLabels = series.some((item) => item.barLabel);
  const margin = { top: 16, right: horizontal && hasBarLabels ? 120 : 16, bottom: 24, left: 16 };
  const plot = plotOf(width, height, margin, horizontal);
  const values = series.map((item) => rows.map((row) => item.value(row)));
  const geometry = geometryOf(plot, horizontal, rows.length, values);
  const categoryNames = rows.map(category);
  const widestName = useWidestLabel(svgRef, categoryNames);
  const hoveredRow = hover === undefined ? undefined : rows[hover.index];

  const onPointerMove = (event: PointerEvent<SVGSVGElement>) => {
    const bounds = event.currentTarget.getBoundingClientRect();
    const x = event.clientX - bounds.left;
    const y = event.clientY - bounds.top;
    const index = categoryAt(geometry, x, y, rows.length);
    setHover(index === undefined ? undefined : { index, x, y });
  };

  return (
    <Stack gap="2" aria-hidden="true" data-testid="chart">
      <Box ref={frameRef} className={FRAME_CLASS} position="relative" height={`${String(height)}px`} minW="0">
        <svg
          ref={svgRef}
          className="chart-surface"
          width={width}
          height={height}
          // The last month's name, centred under its band, may reach into the card's padding.
          overflow="visible"
          onPointerMove={onPointerMove}
          onPointerLeave={() => setHover(undefined)}
        >
          {plot.width > 0 && plot.height > 0 && (
            <Group left={plot.left} top={plot.top}>
              <ChartGrid geometry={geometry} />
              {hover && <HoverCursor geometry={geometry} index={hover.index} />}
              <ChartAxes
                geometry={geometry}
                categoryNames={categoryNames}
                widestName={widestName}
                formatTick={formatTick}
              />
              {renderSeries(series, rows, values, geometry)}
            </Group>
          )}
          <AxisTitles
            plot={plot}
            left={horizontal ? categoryLabel : valueLabel}
            bottom={horizontal ? valueLabel : categoryLabel}
            height={height}
          />
        </svg>
        {hover && hoveredRow !== undefined && (
          <Box
            position="absolute"
            left={`${String(hover.x)}px`}
            top={`${String(hover.y)}px`}
            transform={tooltipTransform(hover, width, height)}
            pointerEvents="none"
            zIndex="tooltip"
            // Its own width, not what is left of the card right of the pointer.
            width="max-content"
          >
            <ChartTooltipContent row={hoveredRow} category={category} series={series} details={props.details} />
          </Box>
        )}
      </Box>
      {series.length > 1 && <ChartLegend series={series} />}
    </Stack>
  );
}
