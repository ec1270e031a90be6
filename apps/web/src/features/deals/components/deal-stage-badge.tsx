import type { Deal } from '@crm/contracts';
import { Badge, type BadgeProps } from '@/components/ui';

type StageState = Pick<Deal, 'stage_name' | 'is_won' | 'is_lost'>;

/** Fixed colours across the app: won green, lost red, open stages blue. */
export function stagePalette(deal: Pick<Deal, 'is_won' | 'is_lost'>): BadgeProps['colorPalette'] {
  if (deal.is_won) return 'green';
  if (deal.is_lost) return 'red';
  return 'blue';
}

export function DealStageBadge({ deal, ...rest }: { deal: StageState } & BadgeProps) {
  return (
    <Badge colorPalette={stagePalette(deal)} variant="subtle" {...rest}>
      {deal.stage_name}
    </Badge>
  );
}
