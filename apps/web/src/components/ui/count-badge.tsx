import { Badge, VisuallyHidden } from './primitives';

export interface CountBadgeProps {
  count: number;
  /** What the number counts, for screen readers: "overdue or due today". */
  description: string;
  colorPalette?: string;
}

/** A small number after a label (the sidebar's My work); screen readers hear it with its meaning. */
export function CountBadge({ count, description, colorPalette = 'red' }: CountBadgeProps) {
  if (count <= 0) return null;
  return (
    <>
      <Badge colorPalette={colorPalette} variant="solid" size="sm" borderRadius="full" aria-hidden>
        {count > 99 ? '99+' : count}
      </Badge>
      <VisuallyHidden>{`, ${String(count)} ${description}`}</VisuallyHidden>
    </>
  );
}
