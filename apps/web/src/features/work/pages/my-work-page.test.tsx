import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { Activity, ActivityDue } from '@crm/contracts';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { MyWorkNavBadge } from '../components/my-work-nav-badge';
import MyWorkPage from './my-work-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

function task(id: number, subject: string, dueAt: string, link: Partial<Activity> = {}): Activity {
  return {
    id,
    type: 'task',
    subject,
    body: null,
    customer_id: null,
    lead_id: null,
    deal_id: null,
    related_name: null,
    due_at: dueAt,
    completed_at: null,
    is_completed: false,
    assigned_to: 5,
    assigned_to_name: 'Olivia Stone',
    created_by: 1,
    created_by_name: 'Olivia Stone',
    created_at: '2026-11-20T10:00:00.000Z',
    updated_at: '2026-11-20T10:00:00.000Z',
    permissions: { update: true, delete: true, assign: true },
    ...link,
  };
}

const BUCKETS: Record<ActivityDue, Activity[]> = {
  overdue: [task(1, 'Call Initech back', '2020-01-01T09:00:00.000Z', { lead_id: 4 })],
  today: [
    task(2, 'Send the proposal', '2099-01-01T09:00:00.000Z', { deal_id: 7 }),
    task(3, 'Check the contract', '2099-01-01T11:00:00.000Z', { customer_id: 9 }),
  ],
  upcoming: [],
};

function answer(buckets: Record<ActivityDue, Activity[]>, completeStatus = 200) {
  return (config: RequestConfig) => {
    if (config.url?.endsWith('/complete/')) {
      return completeStatus === 200
        ? { status: 200, data: { ...BUCKETS.today[0], is_completed: true } }
        : { status: completeStatus, data: errorBody('permission_denied', 'Not yours.') };
    }
    const params = config.params as { due: ActivityDue; page_size: number; assigned_to: string };
    const results = buckets[params.due];
    return {
      status: 200,
      data: { count: results.length, next: null, previous: null, results: results.slice(0, params.page_size) },
    };
  };
}

function renderMyWork() {
  return renderPage(
    withSession(
      <>
        <nav aria-label="Main">
          <span>My work</span>
          <MyWorkNavBadge />
        </nav>
        <MyWorkPage />
      </>,
      'employee',
    ),
  );
}

describe('MyWorkPage', () => {
  it('shows overdue, today and upcoming work, each linked to its record, with empty states', async () => {
    api = mockApi(answer(BUCKETS));
    renderMyWork();

    const overdue = await screen.findByRole('list', { name: 'Overdue work' });
    expect(within(overdue).getByRole('link', { name: 'Call Initech back' })).toHaveAttribute('href', '/leads/4');
    const today = await screen.findByRole('list', { name: 'Today work' });
    expect(within(today).getByRole('link', { name: 'Send the proposal' })).toHaveAttribute('href', '/deals/7');
    expect(within(today).getByRole('link', { name: 'Check the contract' })).toHaveAttribute('href', '/customers/9');
    expect(await screen.findByText(/Nothing scheduled after today/)).toBeInTheDocument();

    const requests = api.requests.filter((request) => request.url === 'activities/');
    expect(requests.map((request) => request.params)).toEqual(
      expect.arrayContaining([
        { assigned_to: 'me', due: 'overdue', ordering: 'due_at', page_size: 100 },
        { assigned_to: 'me', due: 'today', ordering: 'due_at', page_size: 100 },
        { assigned_to: 'me', due: 'upcoming', ordering: 'due_at', page_size: 100 },
        { assigned_to: 'me', due: 'overdue', ordering: 'due_at', page_size: 1 },
        { assigned_to: 'me', due: 'today', ordering: 'due_at', page_size: 1 },
      ]),
    );
    // The sidebar's count: overdue plus today.
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(nav).toHaveTextContent('3, 3 overdue or due today'));
  });

  it('completes a task: it leaves its bucket and the sidebar count at once', async () => {
    const buckets = { ...BUCKETS, today: [...BUCKETS.today] };
    api = mockApi((config) => {
      if (config.url === 'activities/2/complete/') buckets.today = buckets.today.filter((entry) => entry.id !== 2);
      return answer(buckets)(config);
    });
    renderMyWork();
    const user = userEvent.setup();
    const nav = screen.getByRole('navigation', { name: 'Main' });
    await waitFor(() => expect(nav).toHaveTextContent('3, 3 overdue or due today'));

    await user.click(await screen.findByRole('button', { name: 'Complete Send the proposal' }));
    await waitFor(() => expect(screen.queryByRole('link', { name: 'Send the proposal' })).not.toBeInTheDocument());
    expect(nav).toHaveTextContent('2, 2 overdue or due today');
    expect(screen.getByTestId('my-work-today-count')).toHaveTextContent('1');
    expect(api.requests.some((request) => request.url === 'activities/2/complete/' && request.method === 'post')).toBe(
      true,
    );
  });

  it('puts a task back when the server refuses to complete it', async () => {
    api = mockApi(answer(BUCKETS, 403));
    renderMyWork();
    const user = userEvent.setup();
    await user.click(await screen.findByRole('button', { name: 'Complete Send the proposal' }));
    await waitFor(() => expect(api?.requests.some((request) => request.url === 'activities/2/complete/')).toBe(true));
    expect(await screen.findByRole('link', { name: 'Send the proposal' })).toBeInTheDocument();
  });
});
