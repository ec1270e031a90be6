import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { DetailPage } from '@/components/ui/detail-page';
import { renderPage } from '@/test/render';
import { MAX_RECORD_ID, parseRouteId } from './use-route-id';

describe('parseRouteId', () => {
  it('takes positive 32-bit integers', () => {
    expect(parseRouteId('1')).toBe(1);
    expect(parseRouteId('42')).toBe(42);
    expect(parseRouteId(String(MAX_RECORD_ID))).toBe(2147483647);
  });

  it('refuses anything else a link may carry', () => {
    for (const raw of [undefined, '', '0', '-1', '4.5', '1e3', ' 7', '0x10', 'abc', '2147483648', '99999999999']) {
      expect(parseRouteId(raw), String(raw)).toBeNull();
    }
  });
});

describe('a detail page', () => {
  it('shows the record for a valid id', async () => {
    const view = vi.fn((id: number) => <p>Customer {id}</p>);
    renderPage(
      <DetailPage backTo="/customers" backLabel="Customers">
        {view}
      </DetailPage>,
      {
        path: '/customers/:id',
        initialEntry: '/customers/12',
      },
    );
    expect(await screen.findByText('Customer 12')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Customers' })).toHaveAttribute('href', '/customers');
  });

  it.each(['abc', '0', '2147483648'])(
    'shows the not-found page for /customers/%s without asking for the record',
    async (raw) => {
      const view = vi.fn(() => <p>Customer</p>);
      renderPage(
        <DetailPage backTo="/customers" backLabel="Customers">
          {view}
        </DetailPage>,
        {
          path: '/customers/:id',
          initialEntry: `/customers/${raw}`,
        },
      );
      expect(await screen.findByRole('heading', { level: 1, name: 'Page not found' })).toBeInTheDocument();
      expect(screen.getByText(`/customers/${raw}`)).toBeInTheDocument();
      expect(view).not.toHaveBeenCalled();
    },
  );
});
