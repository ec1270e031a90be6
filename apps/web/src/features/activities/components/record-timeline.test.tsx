import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { TimelineEntry } from '@crm/contracts';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { RecordTimeline } from './record-timeline';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const statusChange: TimelineEntry = {
  id: 'event-6',
  kind: 'event',
  at: '2026-11-25T13:02:09.976Z',
  activity: null,
  event: {
    action: 'update',
    resource_type: 'customer',
    resource_id: 1,
    user_id: 1,
    user_name: 'Olivia Stone',
    changes: { status: { old: 'active', new: 'vip' }, notes: { old: null, new: 'Big one' } },
    fields: ['status', 'notes'],
  },
};

const openTask: TimelineEntry = {
  id: 'activity-1',
  kind: 'activity',
  at: '2026-11-25T13:05:00.000Z',
  event: null,
  activity: {
    id: 1,
    type: 'task',
    subject: 'Send the proposal',
    body: null,
    customer_id: 1,
    lead_id: null,
    deal_id: null,
    related_name: 'Acme Corp',
    due_at: '2099-12-01T10:00:00.000Z',
    completed_at: null,
    is_completed: false,
    permissions: { update: true, delete: true, assign: true },
    assigned_to: null,
    assigned_to_name: null,
    created_by: 1,
    created_by_name: 'Olivia Stone',
    created_at: '2026-11-25T13:05:00.000Z',
    updated_at: '2026-11-25T13:05:00.000Z',
  },
};

function page(results: TimelineEntry[], next: string | null = null) {
  return { status: 200, data: { count: results.length, next, previous: null, results } };
}

describe('RecordTimeline', () => {
  it('renders a change as a sentence with old → new values', async () => {
    api = mockApi(() => page([statusChange]));
    renderPage(withSession(<RecordTimeline subject={{ kind: 'customers', id: 1 }} />));

    expect(await screen.findByText('Olivia Stone changed status, notes')).toBeInTheDocument();
    const changes = screen.getByRole('list', { name: 'Changes' });
    const items = within(changes).getAllByRole('listitem');
    expect(items[0]).toHaveTextContent('status: Active → changed to VIP');
    expect(items[1]).toHaveTextContent('notes: empty → changed to Big one');
    expect(api.requests[0]?.url).toBe('customers/1/timeline/');
  });

  it('loads the next page on "Load more" and completes an open task', async () => {
    api = mockApi((config) => {
      if (config.url === 'activities/1/complete/')
        return { status: 200, data: { ...openTask.activity, is_completed: true } };
      const pageNumber = (config.params as { page: number }).page;
      return pageNumber === 1 ? page([openTask], 'http://x/api/customers/1/timeline/?page=2') : page([statusChange]);
    });
    renderPage(withSession(<RecordTimeline subject={{ kind: 'customers', id: 1 }} />));
    const user = userEvent.setup();

    await user.click(await screen.findByRole('button', { name: 'Load more' }));
    expect(await screen.findByText('Olivia Stone changed status, notes')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Load more' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Complete task Send the proposal' }));
    await waitFor(() =>
      expect(api?.requests.some((r) => r.url === 'activities/1/complete/' && r.method === 'post')).toBe(true),
    );
  });

  it('offers no "Complete" on an activity the viewer may not update (its permissions say so)', async () => {
    const colleaguesTask = {
      ...openTask,
      activity: { ...openTask.activity!, permissions: { update: false, delete: false, assign: false } },
    };
    api = mockApi(() => page([colleaguesTask]));
    renderPage(withSession(<RecordTimeline subject={{ kind: 'leads', id: 1 }} />, 'employee'));
    expect(await screen.findByText('Send the proposal')).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: /complete task/i })).not.toBeInTheDocument();
  });
});
