import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { UiProvider } from '@/components/ui';
import { LeadScoreBadge, scoreBand } from './lead-score-badge';

describe('scoreBand', () => {
  it('puts 0–39 in low, 40–69 in medium and 70–100 in high', () => {
    expect([0, 39, 40, 69, 70, 100].map(scoreBand)).toEqual(['low', 'low', 'medium', 'medium', 'high', 'high']);
  });
});

describe('LeadScoreBadge', () => {
  it.each([
    [15, 'low', 'gray'],
    [65, 'medium', 'yellow'],
    [90, 'high', 'green'],
  ])('shows %i on the %s band’s colour', (score, band, palette) => {
    render(
      <UiProvider>
        <LeadScoreBadge score={score} />
      </UiProvider>,
    );
    const badge = screen.getByTestId('lead-score');
    expect(badge).toHaveTextContent(String(score));
    expect(badge).toHaveAttribute('data-band', band);
    expect(badge).toHaveAccessibleName(`Score ${String(score)}, ${band}`);
    // Chakra points the badge's palette variables at the band's colour scale.
    expect(getComputedStyle(badge).getPropertyValue('--chakra-colors-color-palette-fg')).toBe(
      `var(--chakra-colors-${palette}-fg)`,
    );
  });
});
