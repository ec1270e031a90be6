import { describe, expect, it, vi } from 'vitest';
import { LuUsers } from 'react-icons/lu';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { Paginated } from '@crm/contracts';
import { ApiError } from '@/lib/api-error';
import { renderPage } from '@/test/render';
import { useListUrlState, type ListUrlConfig } from './list-url-state';
import { ListView, RecordLinkCell, type ListColumn, type ListQuery } from './list-view';

interface Person {
  id: number;
  name: string;
  age: number;
}

const CONFIG: ListUrlConfig<'status'> = { orderingFields: ['name', 'age'], filters: { status: ['active', 'gone'] } };

const COLUMNS: ListColumn<Person>[] = [
  {
    id: 'name',
    header: 'Name',
    sortField: 'name',
    cell: (person) => <RecordLinkCell to={`/people/${String(person.id)}`}>{person.name}</RecordLinkCell>,
  },
  { id: 'age', header: 'Age', sortField: 'age', align: 'end', cell: (person) => person.age },
  { id: 'note', header: 'Note', cell: () => <button type="button">Poke</button> },
];

function query(overrides: Partial<ListQuery<Person>> = {}): ListQuery<Person> {
  const data: Paginated<Person> = {
    count: 60,
    next: null,
    previous: null,
    results: [
      { id: 1, name: 'Ann', age: 41 },
      { id: 2, name: 'Bob', age: 29 },
    ],
  };
  return {
    data,
    error: null,
    isPending: false,
    isError: false,
    isFetching: false,
    isPlaceholderData: false,
    refetch: vi.fn(),
    ...overrides,
  };
}

function People({ result, onCreate }: { result: ListQuery<Person>; onCreate?: () => void }) {
  const list = useListUrlState(CONFIG);
  return (
    <ListView
      title="People"
      create={onCreate && { label: 'New person', emptyLabel: 'Add your first person', onClick: onCreate }}
      list={list}
      query={result}
      search={{ label: 'Search people' }}
      filters={[
        {
          key: 'status',
          label: 'Status',
          placeholder: 'All statuses',
          options: [
            { value: 'active', label: 'Active' },
            { value: 'gone', label: 'Gone' },
          ],
        },
      ]}
      columns={COLUMNS}
      getRowKey={(person) => person.id}
      getRowHref={(person) => `/people/${String(person.id)}`}
      itemLabel="people"
      empty={{ icon: <LuUsers />, filterHint: 'Try another search.', description: 'People you know.' }}
    />
  );
}

function renderList(result: ListQuery<Person>, initialEntry = '/people', onCreate?: () => void) {
  return renderPage(<People result={result} onCreate={onCreate} />, { path: '/people', initialEntry });
}

const search = (router: ReturnType<typeof renderList>['router']) =>
  Object.fromEntries(new URLSearchParams(router.state.location.search));

describe('ListView', () => {
  it('shows the header with the count and primary action, the table and the pagination footer', () => {
    const onCreate = vi.fn();
    renderList(query(), '/people', onCreate);
    expect(screen.getByRole('heading', { level: 1, name: 'People' })).toBeInTheDocument();
    expect(screen.getByTestId('people-count')).toHaveTextContent('60');
    screen.getByRole('button', { name: 'New person' }).click();
    expect(onCreate).toHaveBeenCalled();
    expect(screen.getByRole('search', { name: 'Filter people' })).toBeInTheDocument();
    const table = screen.getByRole('table', { name: 'People' });
    expect(within(table).getAllByRole('row')).toHaveLength(3);
    expect(screen.getByText('1–25 of 60 people')).toBeInTheDocument();
    expect(screen.getByText('Page 1 of 3')).toBeInTheDocument();
  });

  it('keeps search, filter, sort and page in the URL', async () => {
    const { router } = renderList(query());
    const user = userEvent.setup();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    await waitFor(() => expect(search(router)).toEqual({ page: '2' }));

    await user.type(screen.getByRole('searchbox', { name: 'Search people' }), 'an');
    await waitFor(() => expect(search(router)).toEqual({ search: 'an' }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'gone');
    await waitFor(() => expect(search(router)).toEqual({ search: 'an', status: 'gone' }));

    await user.click(screen.getByRole('button', { name: /^sort by age/i }));
    await waitFor(() => expect(search(router)).toEqual({ search: 'an', status: 'gone', ordering: 'age' }));
    expect(screen.getByRole('columnheader', { name: /age/i })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(screen.getByRole('button', { name: /^sort by age/i }));
    await waitFor(() => expect(search(router).ordering).toBe('-age'));
    expect(screen.getByRole('columnheader', { name: /age/i })).toHaveAttribute('aria-sort', 'descending');
  });

  it('opens the record when a row is clicked, but not from the row’s own buttons', async () => {
    const { router } = renderList(query());
    const user = userEvent.setup();
    await user.click(screen.getAllByRole('button', { name: 'Poke' })[1] as HTMLElement);
    expect(router.state.location.pathname).toBe('/people');
    await user.click(screen.getByRole('cell', { name: '29' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/people/2'));
  });

  it('shows a skeleton while the first page loads', () => {
    renderList(query({ data: undefined, isPending: true }));
    expect(screen.getByLabelText('Loading people')).toHaveAttribute('aria-busy', 'true');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
  });

  it('offers the first record when there is none, and a way back when filters hide them all', async () => {
    const onCreate = vi.fn();
    const empty = query({ data: { count: 0, next: null, previous: null, results: [] } });
    const first = renderList(empty, '/people', onCreate);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Add your first person' }));
    expect(onCreate).toHaveBeenCalled();
    first.unmount();

    const { router } = renderList(empty, '/people?search=zed&status=gone');
    expect(screen.getByText('No people match')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Clear search and filters' }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });

  it('explains a failure with Retry, a refusal with the role, and a page past the end', async () => {
    const failed = query({ data: undefined, isError: true, error: new ApiError(500, 'internal_error', 'Boom.') });
    const { unmount } = renderList(failed);
    expect(screen.getByText('Could not load people')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /retry/i }));
    expect(failed.refetch).toHaveBeenCalled();
    unmount();

    const gone = query({ data: undefined, isError: true, error: new ApiError(404, 'not_found', 'Not found.') });
    const { router } = renderList(gone, '/people?page=9');
    expect(screen.getByText('That page is empty')).toBeInTheDocument();
    await userEvent.setup().click(screen.getByRole('button', { name: /retry/i }));
    await waitFor(() => expect(router.state.location.search).toBe(''));
  });
});
