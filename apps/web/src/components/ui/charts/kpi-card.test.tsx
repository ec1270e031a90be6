import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { UiProvider } from '../provider';
import { KpiCard, describeChange, trendOf } from './kpi-card';

function renderCard(changePct: number | null | undefined) {
  return render(
    <UiProvider>
      <KpiCard label="Won revenue" value="$12,400.00" changePct={changePct} previous="$11,022.22" testId="kpi" />
    </UiProvider>,
  );
}

const colorOf = (element: Element) => getComputedStyle(element).color;

describe('KpiCard', () => {
  it('shows a rise with an up arrow, the success colour and words for screen readers', () => {
    renderCard(12.5);
    const change = screen.getByRole('img', { name: 'up 12.5% from the previous period' });
    expect(change).toHaveAttribute('data-trend', 'up');
    expect(change).toHaveTextContent('12.5%');
    expect(change.querySelector('svg')).not.toBeNull();
    expect(colorOf(change)).toContain('fg-success');
    expect(screen.getByText('$12,400.00')).toBeInTheDocument();
    expect(screen.getByText('vs $11,022.22')).toBeInTheDocument();
  });

  it('shows a fall with a down arrow and the error colour', () => {
    renderCard(-20);
    const change = screen.getByRole('img', { name: 'down 20% from the previous period' });
    expect(change).toHaveAttribute('data-trend', 'down');
    expect(change).toHaveTextContent('20%');
    expect(change).not.toHaveTextContent('-');
    expect(change.querySelector('svg')).not.toBeNull();
    expect(colorOf(change)).toContain('fg-error');
  });

  it('shows "—" without an arrow when there is nothing to compare with', () => {
    renderCard(null);
    const change = screen.getByRole('img', { name: 'no comparison with the previous period' });
    expect(change).toHaveTextContent(/^—$/);
    expect(change).toHaveAttribute('data-trend', 'none');
    expect(change.querySelector('svg')).toBeNull();
    expect(colorOf(change)).toContain('fg-muted');
  });

  it('says unchanged for a change of zero, in a neutral colour', () => {
    renderCard(0);
    const change = screen.getByRole('img', { name: 'unchanged from the previous period' });
    expect(change).toHaveAttribute('data-trend', 'flat');
    expect(colorOf(change)).toContain('fg-muted');
  });

  it('has no change line for a figure as of now', () => {
    renderCard(undefined);
    expect(screen.queryByRole('img')).toBeNull();
  });
});

describe('trendOf and describeChange', () => {
  it('round to one decimal and drop the sign into the words', () => {
    expect(trendOf(0.1)).toBe('up');
    expect(trendOf(-0.1)).toBe('down');
    expect(describeChange(-3.25)).toBe('down 3.3% from the previous period');
    expect(describeChange(1500)).toBe('up 1,500% from the previous period');
  });
});
