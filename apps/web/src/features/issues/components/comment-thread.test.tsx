import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import type { ThreadComment } from '../api/types';
import { CommentThread } from './comment-thread';

const comment = (overrides: Partial<ThreadComment>): ThreadComment => ({
  id: 1,
  issue_id: 9,
  author_user_id: 2,
  author_name: 'Sam Client',
  body: 'The box was crushed.',
  is_staff: false,
  created_at: '2026-11-01T10:00:00.000Z',
  ...overrides,
});

const STAFF_THREAD: ThreadComment[] = [
  comment({ id: 1, is_internal: false }),
  comment({ id: 2, author_name: 'Olivia Stone', is_staff: true, is_internal: true, body: 'Courier claim filed.' }),
  comment({ id: 3, author_name: 'Olivia Stone', is_staff: true, is_internal: false, body: 'A new one ships today.' }),
];

describe('CommentThread', () => {
  it('marks internal notes for staff, apart from the replies', () => {
    renderPage(withSession(<CommentThread comments={STAFF_THREAD} viewer="staff" />));
    const items = screen.getAllByTestId('issue-comment');
    expect(items.map((item) => item.getAttribute('data-internal'))).toEqual(['false', 'true', 'false']);

    const note = screen.getByRole('article', { name: 'Internal note by Olivia Stone' });
    expect(note).toHaveTextContent('Internal note — not visible to the customer');
    expect(note).toHaveTextContent('Courier claim filed.');
    expect(screen.getAllByText('Internal note — not visible to the customer')).toHaveLength(1);

    const customer = screen.getByRole('article', { name: 'Comment by Sam Client' });
    expect(within(customer).getByText('Customer')).toBeInTheDocument();
    const reply = screen.getAllByRole('article', { name: 'Comment by Olivia Stone' })[0];
    expect(reply && within(reply).getByText('Staff')).toBeInTheDocument();
  });

  it('shows a client the support team and their own comments, with no note label', () => {
    const clientThread = [STAFF_THREAD[0], STAFF_THREAD[2]].map((c) => {
      const { is_internal: _omitted, ...rest } = c as ThreadComment;
      return rest;
    });
    renderPage(withSession(<CommentThread comments={clientThread} viewer="client" />, 'client'));
    expect(screen.getAllByTestId('issue-comment')).toHaveLength(2);
    expect(screen.queryByText(/Internal note/)).not.toBeInTheDocument();
    expect(screen.getByText('Support team')).toBeInTheDocument();
  });
});
