import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { ORGANIZATION, customerFixture } from '@/test/fixtures';
import CustomersListPage from './customers-list-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const TOTAL = 60;

function answer(config: RequestConfig) {
  if (config.url === 'organizations/1/') return { status: 200, data: ORGANIZATION };
  const params = config.params as { page: number; search?: string };
  const results = params.search === 'nobody' ? [] : [customerFixture({ name: `Globex page ${String(params.page)}` })];
  return { status: 200, data: { count: results.length ? TOTAL : 0, next: null, previous: null, results } };
}

function lastListParams() {
  const lists = api?.requests.filter((request) => request.url === 'customers/') ?? [];
  return lists.at(-1)?.params as Record<string, unknown>;
}

function renderList(initialEntry = '/customers') {
  return renderPage(withSession(<CustomersListPage />), { path: '/customers', initialEntry });
}

describe('CustomersListPage URL state', () => {
  it('sends the search, status, ordering and page of the URL to the API', async () => {
    api = mockApi(answer);
    renderList('/customers?search=glo&status=vip&ordering=-total_value&page=2&page_size=10');

    expect(await screen.findByText('Globex page 2')).toBeInTheDocument();
    expect(lastListParams()).toEqual({
      page: 2,
      page_size: 10,
      search: 'glo',
      ordering: '-total_value',
      status: 'vip',
    });
    expect(screen.getByRole('searchbox', { name: 'Search customers' })).toHaveValue('glo');
    expect(screen.getByRole('combobox', { name: 'Status' })).toHaveValue('vip');
    expect(screen.getByRole('columnheader', { name: /total value/i })).toHaveAttribute('aria-sort', 'descending');
    expect(screen.getByText('Page 2 of 6')).toBeInTheDocument();
  });

  it('writes search, status, ordering and page back into the query string', async () => {
    api = mockApi(answer);
    const { router } = renderList();
    const user = userEvent.setup();
    const query = () => Object.fromEntries(new URLSearchParams(router.state.location.search));
    // Each step waits until the page has re-rendered from the new URL and asked the API again.
    const expectState = async (url: Record<string, string>, params: Record<string, unknown>) => {
      await waitFor(() => expect(lastListParams()).toEqual(params));
      expect(query()).toEqual(url);
    };
    await screen.findByText('Globex page 1');

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await expectState({ page: '2' }, { page: 2, page_size: 25 });
    expect(await screen.findByText('Globex page 2')).toBeInTheDocument();

    await user.type(screen.getByRole('searchbox', { name: 'Search customers' }), 'globex');
    await expectState({ search: 'globex' }, { page: 1, page_size: 25, search: 'globex' });

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'prospect');
    await expectState(
      { search: 'globex', status: 'prospect' },
      { page: 1, page_size: 25, search: 'globex', status: 'prospect' },
    );

    const sortByName = () => screen.getByRole('button', { name: /^sort by name/i });
    await user.click(sortByName());
    await expectState(
      { search: 'globex', status: 'prospect', ordering: 'name' },
      { page: 1, page_size: 25, search: 'globex', status: 'prospect', ordering: 'name' },
    );
    await user.click(sortByName());
    await expectState(
      { search: 'globex', status: 'prospect', ordering: '-name' },
      { page: 1, page_size: 25, search: 'globex', status: 'prospect', ordering: '-name' },
    );
    expect(sortByName().closest('th')).toHaveAttribute('aria-sort', 'descending');

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    await expectState(
      { search: 'globex', status: 'prospect', ordering: '-name', page_size: '50' },
      { page: 1, page_size: 50, search: 'globex', status: 'prospect', ordering: '-name' },
    );
  });

  it('offers to clear the filters when nothing matches', async () => {
    api = mockApi(answer);
    const { router } = renderList('/customers?search=nobody&status=vip');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    expect(await screen.findByText('Globex page 1')).toBeInTheDocument();
  });
});
