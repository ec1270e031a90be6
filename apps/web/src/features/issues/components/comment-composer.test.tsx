import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { withSession } from '@/test/session';
import { CommentComposer } from './comment-composer';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

function renderComposer(allowInternal: boolean) {
  api = mockApi((config) => ({
    status: 201,
    data: {
      id: 1,
      issue_id: 9,
      author_user_id: 1,
      author_name: 'Olivia',
      is_staff: true,
      created_at: '',
      ...JSON.parse(String(config.data)),
    },
  }));
  return renderPage(
    withSession(<CommentComposer issueId={9} allowInternal={allowInternal} />, allowInternal ? 'employee' : 'client'),
  );
}

const sentBodies = () =>
  (api?.requests ?? []).filter((r) => r.method === 'post').map((r) => JSON.parse(String(r.data)) as unknown);

describe('CommentComposer', () => {
  it('sends a public reply by default, saying the customer sees it', async () => {
    renderComposer(true);
    const user = userEvent.setup();
    expect(screen.getByText('The customer sees this reply in their portal.')).toBeInTheDocument();
    expect(screen.getByTestId('comment-composer')).toHaveAttribute('data-mode', 'public');
    await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'We are on it.');
    await user.click(screen.getByRole('button', { name: 'Send reply' }));
    await waitFor(() => expect(sentBodies()).toEqual([{ body: 'We are on it.', is_internal: false }]));
    expect(api?.requests[0]?.url).toBe('issues/9/comments/');
  });

  it('switches to an internal note that looks and reads differently, and sends is_internal', async () => {
    renderComposer(true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Internal note' }));

    const composer = screen.getByTestId('comment-composer');
    expect(composer).toHaveAttribute('data-mode', 'internal');
    expect(composer).toHaveTextContent('Internal note — not visible to the customer');
    expect(screen.queryByRole('button', { name: 'Send reply' })).not.toBeInTheDocument();

    await user.type(screen.getByRole('textbox', { name: 'Internal note' }), 'Refund approved by finance.');
    await user.click(screen.getByRole('button', { name: 'Add internal note' }));
    await waitFor(() => expect(sentBodies()).toEqual([{ body: 'Refund approved by finance.', is_internal: true }]));
    await waitFor(() => expect(screen.getByRole('textbox', { name: 'Internal note' })).toHaveValue(''));
  });

  it('gives a client no toggle and never sends is_internal', async () => {
    renderComposer(false);
    const user = userEvent.setup();
    expect(screen.queryByRole('radio')).not.toBeInTheDocument();
    expect(screen.queryByText(/Internal note/)).not.toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: 'Reply' }), 'Any news?');
    await user.click(screen.getByRole('button', { name: 'Send' }));
    await waitFor(() => expect(sentBodies()).toEqual([{ body: 'Any news?' }]));
  });

  it('refuses an empty comment without asking the API', async () => {
    renderComposer(true);
    await userEvent.setup().click(screen.getByRole('button', { name: 'Send reply' }));
    expect(screen.getByRole('alert')).toHaveTextContent('Write your reply first.');
    expect(api?.requests).toHaveLength(0);
  });
});
