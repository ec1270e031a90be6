import type { ReactNode } from 'react';
import { LuArrowDownRight, LuArrowUpRight, LuMinus } from 'react-icons/lu';
import { Card, Skeleton, Stat } from '@chakra-ui/react';
import { chakra } from '../primitives';

export type Trend = 'up' | 'down' | 'flat' | 'none';

/** Which way a change went; `none` when there is nothing to compare with (`change_pct` null). */
export function trendOf(changePct: number | null): Trend {
  if (changePct === null) return 'none';
  if (changePct > 0) return 'up';
  if (changePct < 0) return 'down';
  return 'flat';
}

const percentFormat = new Intl.NumberFormat(undefined, { maximumFractionDigits: 1, minimumFractionDigits: 0 });

/** "up 12.5% from the previous period": what the arrow and colour say, in words. */
export function describeChange(changePct: number | null): string {
  const trend = trendOf(changePct);
  if (trend === 'none' || changePct === null) return 'no comparison with the previous period';
  if (trend === 'flat') return 'unchanged from the previous period';
  return `${trend} ${percentFormat.format(Math.abs(changePct))}% from the previous period`;
}

const TREND_COLORS: Record<Trend, string> = { up: 'fg.success', down: 'fg.error', flat: 'fg.muted', none: 'fg.muted' };

function ChangeIndicator({ changePct }: { changePct: number | null }) {
  const trend = trendOf(changePct);
  const Arrow = trend === 'up' ? LuArrowUpRight : trend === 'down' ? LuArrowDownRight : LuMinus;
  const text = changePct === null ? '—' : `${percentFormat.format(Math.abs(changePct))}%`;
  return (
    <chakra.span
      role="img"
      aria-label={describeChange(changePct)}
      data-trend={trend}
      display="inline-flex"
      alignItems="center"
      gap="0.5"
      color={TREND_COLORS[trend]}
      fontWeight="semibold"
      fontVariantNumeric="tabular-nums"
    >
      {trend !== 'none' && <Arrow aria-hidden />}
      {text}
    </chakra.span>
  );
}

export interface KpiCardProps {
  label: string;
  /** The figure, formatted ("$12,400.00", "42.5%"). */
  value: ReactNode;
  /**
   * The change from the previous period in percent; null shows "—". Leave it out for a figure
   * as of now (open deals), which has no previous period.
   */
  changePct?: number | null;
  /** The previous period's figure, formatted, shown next to the change. */
  previous?: ReactNode;
  /** A note for figures without a change: "as of now". */
  helpText?: ReactNode;
  isLoading?: boolean;
  testId?: string;
}

/** A KPI (UX: dashboard): the value, and how it moved since the previous period with an arrow and colour. */
export function KpiCard({ label, value, changePct, previous, helpText, isLoading = false, testId }: KpiCardProps) {
  return (
    <Card.Root size="sm" variant="outline" data-testid={testId}>
      <Card.Body>
        <Stat.Root gap="1">
          <Stat.Label>{label}</Stat.Label>
          {/* Stat.Root is a <dl>: everything after the label is a <dd> (the help texts too). */}
          <Stat.ValueText fontVariantNumeric="tabular-nums">
            {isLoading ? <Skeleton height="8" width="24" aria-label={`Loading ${label}`} /> : value}
          </Stat.ValueText>
          {!isLoading && changePct !== undefined && (
            <Stat.HelpText as="dd" color="fg.muted" display="flex" gap="1.5" alignItems="center" flexWrap="wrap">
              <ChangeIndicator changePct={changePct} />
              {previous !== undefined && <chakra.span>vs {previous}</chakra.span>}
            </Stat.HelpText>
          )}
          {helpText && (
            <Stat.HelpText as="dd" color="fg.muted">
              {helpText}
            </Stat.HelpText>
          )}
        </Stat.Root>
      </Card.Body>
    </Card.Root>
  );
}
