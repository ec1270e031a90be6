import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { dealFixture } from '../testing/deal-fixtures';
import { DealsTableView } from './deals-table-view';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

function mockDeals(count = 60) {
  api = mockApi((config) => {
    if (config.url?.startsWith('organizations/'))
      return { status: 200, data: { id: 1, name: 'Acme', currency: 'EUR' } };
    return {
      status: 200,
      data: {
        count,
        next: null,
        previous: null,
        results: [dealFixture({ id: 1, title: 'Website redesign', value: '1500.00' })],
      },
    };
  });
  return api;
}

const dealRequests = () => api?.requests.filter((request) => request.url === 'deals/') ?? [];

function renderTable(initialEntry: string) {
  return renderPage(withSession(<DealsTableView pipelineId={3} />), { path: '/deals', initialEntry });
}

describe('DealsTableView', () => {
  it('asks the API for the page, search, status and sort the URL holds', async () => {
    mockDeals();
    renderTable('/deals?view=table&search=acme&status=won&ordering=-value&page=2&page_size=50');

    expect(await screen.findByRole('link', { name: 'Website redesign' })).toBeInTheDocument();
    expect(dealRequests()[0]?.params).toEqual({
      page: 2,
      page_size: 50,
      search: 'acme',
      status: 'won',
      ordering: '-value',
      pipeline: 3,
    });
    expect(screen.getByRole('searchbox', { name: 'Search deals' })).toHaveValue('acme');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('won');
    expect(screen.getByRole('columnheader', { name: /value/i })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('51–60 of 60 deals')).toBeInTheDocument();
  });

  it('writes a new sort into the URL and starts again at page 1, keeping the view', async () => {
    mockDeals();
    const { router } = renderTable('/deals?view=table&page=3');
    await screen.findByRole('link', { name: 'Website redesign' });

    await userEvent.click(screen.getByRole('button', { name: /sort by expected close/i }));

    await waitFor(() => expect(router.state.location.search).toBe('?view=table&ordering=expected_close_date'));
    await waitFor(() =>
      expect(dealRequests().at(-1)?.params).toMatchObject({ page: 1, ordering: 'expected_close_date' }),
    );
  });

  it('moves between pages through the URL', async () => {
    mockDeals();
    const { router } = renderTable('/deals?view=table');
    await screen.findByRole('link', { name: 'Website redesign' });

    await userEvent.click(
      within(screen.getByRole('navigation', { name: 'Pagination' })).getByRole('button', { name: 'Next page' }),
    );

    await waitFor(() => expect(router.state.location.search).toBe('?view=table&page=2'));
  });
});
