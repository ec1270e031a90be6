import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { Role } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { ORGANIZATION } from '@/test/fixtures';
import { leadFixture } from '../test/lead-fixture';
import LeadsListPage from './leads-list-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const ANN = leadFixture({ id: 4, code: 'LEAD-004' });
const BO = leadFixture({ id: 5, code: 'LEAD-005', first_name: 'Bo', last_name: 'Chen', full_name: 'Bo Chen' });
const COLLEAGUES = leadFixture({
  id: 6,
  code: 'LEAD-006',
  first_name: 'Cy',
  last_name: 'Diaz',
  full_name: 'Cy Diaz',
  assigned_to: 9,
  assigned_to_name: 'Sam Lee',
  permissions: { update: false, delete: false, assign: false, convert: false },
});

function answer(config: RequestConfig) {
  if (config.url === 'organizations/1/') return { status: 200, data: ORGANIZATION };
  if (config.url === 'leads/bulk/') {
    return {
      status: 200,
      data: { done: [4], refused: [{ id: 5, code: 'conflict', message: 'This lead is converted.' }] },
    };
  }
  return { status: 200, data: { count: 60, next: null, previous: null, results: [ANN, BO, COLLEAGUES] } };
}

function renderList(role: Role = 'owner', initialEntry = '/leads') {
  api = mockApi(answer);
  return renderPage(withSession(<LeadsListPage />, role), { path: '/leads', initialEntry });
}

const bulkBodies = () =>
  (api?.requests ?? [])
    .filter((request) => request.url === 'leads/bulk/')
    .map((request) => JSON.parse(String(request.data)));

describe('LeadsListPage bulk actions', () => {
  it('sets the status of the ticked leads and lists what the server refused, by name', async () => {
    renderList();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ann Lee (LEAD-004)' }));
    await user.click(screen.getByRole('checkbox', { name: 'Select Bo Chen (LEAD-005)' }));
    // No box on a row the caller may do nothing with.
    expect(screen.queryByRole('checkbox', { name: /Cy Diaz/ })).not.toBeInTheDocument();

    const bar = screen.getByRole('toolbar', { name: 'Actions on the selected leads' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: /Set status/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Set the status of 2 leads' });
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'New status' }), 'contacted');
    await user.click(within(dialog).getByRole('button', { name: 'Set status' }));

    await waitFor(() => expect(bulkBodies()).toHaveLength(1));
    expect(bulkBodies()[0]).toEqual({ ids: [4, 5], action: 'set_status', status: 'contacted' });
    const result = await screen.findByTestId('bulk-result');
    expect(result).toHaveTextContent('Status set to Contacted: 1 lead, 1 refused');
    expect(result).toHaveTextContent('Bo Chen (LEAD-005) — Conflict (conflict): This lead is converted.');
    expect(screen.queryByRole('toolbar', { name: 'Actions on the selected leads' })).not.toBeInTheDocument();
  });

  it('deletes every lead matching the filters, sending the filters rather than ids, after naming the count', async () => {
    renderList('owner', '/leads?assigned_to=none&status=new&ordering=-score&page=2');
    const user = userEvent.setup();
    expect(await screen.findByRole('combobox', { name: 'Assigned to' })).toHaveValue('none');
    await user.click(await screen.findByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(screen.getByRole('button', { name: 'Select all 60 matching' }));
    expect(screen.getByText('All 60 matching leads selected')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: /Delete…/ }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete 60 leads?' });
    expect(dialog).toHaveTextContent('All 60 leads matching the current filters will be deleted.');
    await user.click(within(dialog).getByRole('button', { name: 'Delete 60 leads' }));
    await waitFor(() => expect(bulkBodies()).toHaveLength(1));
    expect(bulkBodies()[0]).toEqual({ filter: { status: 'new', assigned_to: 'none' }, action: 'delete' });
  });

  it('offers an Employee no delete, and the "Assigned to me" filter in the URL', async () => {
    const { router } = renderList('employee');
    const user = userEvent.setup();
    await user.click(await screen.findByRole('checkbox', { name: 'Select Ann Lee (LEAD-004)' }));
    const bar = screen.getByRole('toolbar', { name: 'Actions on the selected leads' });
    expect(within(bar).getByRole('button', { name: /Assign/ })).toBeInTheDocument();
    expect(within(bar).queryByRole('button', { name: /Delete/ })).not.toBeInTheDocument();

    await user.selectOptions(screen.getByRole('combobox', { name: 'Assigned to' }), 'me');
    await waitFor(() => expect(router.state.location.search).toBe('?assigned_to=me'));
    const lists = api?.requests.filter((request) => request.url === 'leads/') ?? [];
    await waitFor(() => expect(lists.at(-1)?.params).toMatchObject({ assigned_to: 'me' }));
  });
});
