import { afterEach, describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { InviteDialog } from './invite-dialog';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const ACCEPT_URL = 'http://crm.test/accept-invitation/tok_abc123';
const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function created(delivery: 'sent' | 'terminal' | 'outbox' | 'failed') {
  return {
    id: 9,
    email: 'sam@example.com',
    role: 'employee',
    customer_id: null,
    invited_by: 1,
    expires_at: '2026-12-01T10:00:00.000Z',
    created_at: '2026-11-24T10:00:00.000Z',
    accept_url: ACCEPT_URL,
    email_sent: delivery === 'sent',
    email_delivery: delivery,
  };
}

async function invite(email: string) {
  renderPage(<InviteDialog organizationId={1} organizationName="Acme" open onOpenChange={vi.fn()} />);
  const dialog = await screen.findByRole('dialog', { name: 'Invite to Acme' });
  const user = userEvent.setup();
  await user.type(within(dialog).getByRole('textbox', { name: /^email/i }), email);
  await user.selectOptions(within(dialog).getByRole('combobox', { name: /^role/i }), 'employee');
  await user.click(within(dialog).getByRole('button', { name: 'Send invitation' }));
  return user;
}

describe('InviteDialog', () => {
  it('shows the accept link with a copy button once the invitation is created', async () => {
    api = mockApi(() => ({ status: 201, data: created('sent') }));
    const user = await invite(' Sam@Example.com ');

    const dialog = await screen.findByRole('dialog', { name: 'Invitation sent' });
    expect(within(dialog).getByRole('textbox', { name: 'Invitation link' })).toHaveValue(ACCEPT_URL);
    expect(within(dialog).getByText(/We emailed the link/)).toBeInTheDocument();
    expect(api.requests[0]?.url).toBe('organizations/1/invitations/');
    expect(JSON.parse(String(api.requests[0]?.data))).toEqual({ email: 'sam@example.com', role: 'employee' });

    await user.click(within(dialog).getByRole('button', { name: 'Copy link' }));
    expect(await navigator.clipboard.readText()).toBe(ACCEPT_URL);
    expect(within(dialog).getByRole('button', { name: 'Copied' })).toBeInTheDocument();
  });

  it.each([
    ['terminal', "Email isn't set up here: the link was printed in the server's terminal"],
    ['outbox', "Email isn't set up here: the link was written to the mail outbox file"],
    ['failed', 'Sending the email failed'],
  ] as const)('says where the link went when it was not emailed (%s), and shows it to copy', async (delivery, text) => {
    api = mockApi(() => ({ status: 201, data: created(delivery) }));
    await invite('sam@example.com');
    const dialog = await screen.findByRole('dialog', { name: 'Invitation sent' });
    expect(within(dialog).getByText(new RegExp(escapeRegExp(text)))).toBeInTheDocument();
    expect(within(dialog).queryByText(/emailed/i)).not.toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: 'Invitation link' })).toHaveValue(ACCEPT_URL);
    expect(within(dialog).getByRole('button', { name: 'Copy link' })).toBeInTheDocument();
  });

  it('keeps the form, with the API’s refusal at the email, when the person is already a member', async () => {
    api = mockApi(() => ({
      status: 409,
      data: errorBody('conflict', 'This person is already a member of this organization.', {
        email: ['This person is already a member of this organization.'],
      }),
    }));
    await invite('olivia@example.com');
    const dialog = screen.getByRole('dialog', { name: 'Invite to Acme' });
    expect(
      await within(dialog).findByText('This person is already a member of this organization.'),
    ).toBeInTheDocument();
    expect(within(dialog).getByRole('textbox', { name: /^email/i })).toHaveAttribute('aria-invalid', 'true');
    expect(within(dialog).queryByRole('textbox', { name: 'Invitation link' })).not.toBeInTheDocument();
  });
});
