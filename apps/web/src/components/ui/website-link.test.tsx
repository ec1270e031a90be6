import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { renderPage } from '@/test/render';
import { WebsiteLink } from './website-link';

describe('WebsiteLink', () => {
  it('links an http(s) address, opening in a new tab without the opener', () => {
    renderPage(<WebsiteLink url="https://example.com" />);
    const link = screen.getByRole('link', { name: 'https://example.com' });
    expect(link).toHaveAttribute('href', 'https://example.com');
    expect(link).toHaveAttribute('rel', 'noopener noreferrer');
  });

  it('shows any other stored value as plain text that cannot be clicked', () => {
    renderPage(<WebsiteLink url="javascript:alert(document.cookie)" />);
    expect(screen.getByText('javascript:alert(document.cookie)')).toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });
});
