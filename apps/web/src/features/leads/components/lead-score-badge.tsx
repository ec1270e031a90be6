import { Badge, type BadgeProps } from '@/components/ui';

export type ScoreBand = 'low' | 'medium' | 'high';

const BAND_PALETTES: Record<ScoreBand, BadgeProps['colorPalette']> = { low: 'gray', medium: 'yellow', high: 'green' };

/** UX: 0–39 low (grey), 40–69 medium (yellow), 70–100 high (green). */
export function scoreBand(score: number): ScoreBand {
  if (score >= 70) return 'high';
  if (score >= 40) return 'medium';
  return 'low';
}

interface LeadScoreBadgeProps extends Omit<BadgeProps, 'children'> {
  score: number;
}

/** The lead's score as a number on its band's colour; the band is spelled out for screen readers. */
export function LeadScoreBadge({ score, ...rest }: LeadScoreBadgeProps) {
  const band = scoreBand(score);
  return (
    <Badge
      colorPalette={BAND_PALETTES[band]}
      variant="subtle"
      borderRadius="full"
      fontWeight="bold"
      fontVariantNumeric="tabular-nums"
      minW="9"
      justifyContent="center"
      data-band={band}
      data-testid="lead-score"
      aria-label={`Score ${String(score)}, ${band}`}
      title={`Lead score ${String(score)} (${band})`}
      {...rest}
    >
      {score}
    </Badge>
  );
}
