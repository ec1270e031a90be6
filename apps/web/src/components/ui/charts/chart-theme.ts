/**
 * Chart colours as the theme's CSS variables, so light and dark mode each get their own shade:
 * the `fg` tokens of a palette are the ones Chakra keeps at text contrast against the page.
 */
export type ChartColor = 'brand' | 'blue' | 'purple' | 'orange' | 'gray';

export const CHART_COLORS: Record<ChartColor, string> = {
  brand: 'var(--chakra-colors-brand-solid)',
  blue: 'var(--chakra-colors-blue-fg)',
  purple: 'var(--chakra-colors-purple-fg)',
  orange: 'var(--chakra-colors-orange-fg)',
  gray: 'var(--chakra-colors-fg-muted)',
};

export const CHART_TEXT = 'var(--chakra-colors-fg-muted)';
export const CHART_GRID = 'var(--chakra-colors-border)';
export const CHART_CURSOR = 'var(--chakra-colors-bg-muted)';

/** The same colour as a Chakra token, for swatches drawn with Chakra boxes. */
export const CHART_TOKENS: Record<ChartColor, string> = {
  brand: 'brand.solid',
  blue: 'blue.fg',
  purple: 'purple.fg',
  orange: 'orange.fg',
  gray: 'fg.muted',
};
