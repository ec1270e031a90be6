import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { RequestConfig } from '@/lib/api-client';
import type { InvitationPreview, User } from '@crm/contracts';
import { errorBody, mockApi, type MockReply } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { ACTIVE_ORGANIZATION_KEY } from '@/lib/active-organization';
import { AUTH_TOKEN_KEY } from '@/lib/auth/token-storage';
import AcceptInvitationPage from './accept-invitation-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const ORGANIZATION = { id: 7, name: 'Harbor Supplies', slug: 'harbor-supplies' };

function preview(hasAccount: boolean): InvitationPreview {
  return {
    organization: { id: 7, name: 'Harbor Supplies' },
    role: 'employee',
    email: 'sam@example.com',
    expires_at: '2026-12-01T10:00:00.000Z',
    has_account: hasAccount,
  };
}

function user(email: string): User {
  return {
    id: 5,
    username: 'sam',
    email,
    first_name: 'Sam',
    last_name: 'Reed',
    full_name: 'Sam Reed',
    phone: null,
    title: null,
    timezone: 'UTC',
    default_organization_id: 7,
    memberships: [{ organization: ORGANIZATION, role: 'employee', status: 'active' }],
  };
}

const acceptAnswer = (token: string | null) => ({
  status: 200,
  data: { token, user: user('sam@example.com'), organization: { ...ORGANIZATION, currency: 'USD', timezone: 'UTC' } },
});

function serve(routes: Record<string, (config: RequestConfig) => MockReply>) {
  api = mockApi(
    (config) => routes[config.url ?? '']?.(config) ?? { status: 404, data: errorBody('not_found', 'Not found.') },
  );
  return api;
}

function renderAccept() {
  return renderPage(<AcceptInvitationPage />, {
    path: '/accept-invitation/:token',
    initialEntry: '/accept-invitation/tok1',
  });
}

describe('AcceptInvitationPage', () => {
  it('offers a new person to create the account, then signs them in to the organization', async () => {
    const mock = serve({
      'invitations/tok1/': () => ({ status: 200, data: preview(false) }),
      'invitations/tok1/accept/': () => acceptAnswer('tok-new'),
    });
    const { router } = renderAccept();

    expect(await screen.findByRole('heading', { name: 'Join Harbor Supplies' })).toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Log in to accept' })).not.toBeInTheDocument();
    const events = userEvent.setup();
    await events.type(screen.getByRole('textbox', { name: /^username/i }), 'sam');
    await events.type(screen.getByLabelText(/^password/i), 'Quiet-harbor-4242');
    await events.click(screen.getByRole('button', { name: 'Create account and join' }));

    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBe('tok-new');
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBe('7');
    const acceptCall = mock.requests.find((request) => request.url === 'invitations/tok1/accept/');
    expect(JSON.parse(String(acceptCall?.data))).toMatchObject({ username: 'sam', password: 'Quiet-harbor-4242' });
    expect(mock.requests.some((request) => request.url === 'users/me/')).toBe(false);
  });

  it('asks an email that has an account to log in, coming back here afterwards', async () => {
    serve({ 'invitations/tok1/': () => ({ status: 200, data: preview(true) }) });
    renderAccept();

    const login = await screen.findByRole('link', { name: 'Log in to accept' });
    expect(login).toHaveAttribute('href', '/login?next=%2Faccept-invitation%2Ftok1');
    expect(screen.queryByRole('button', { name: 'Create account and join' })).not.toBeInTheDocument();
  });

  it('accepts at once for the signed-in invited user, without a body', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'tok-sam');
    const mock = serve({
      'invitations/tok1/': () => ({ status: 200, data: preview(true) }),
      'users/me/': () => ({ status: 200, data: user('SAM@example.com') }),
      'invitations/tok1/accept/': () => acceptAnswer(null),
    });
    const { router } = renderAccept();

    await userEvent.setup().click(await screen.findByRole('button', { name: 'Accept invitation' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBe('tok-sam');
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBe('7');
    const acceptCall = mock.requests.find((request) => request.url === 'invitations/tok1/accept/');
    expect(JSON.parse(String(acceptCall?.data))).toEqual({});
  });

  it('asks someone signed in as another email to sign out first', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'tok-olivia');
    serve({
      'invitations/tok1/': () => ({ status: 200, data: preview(true) }),
      'users/me/': () => ({ status: 200, data: user('olivia@example.com') }),
    });
    renderAccept();

    expect(await screen.findByRole('button', { name: 'Sign out' })).toBeInTheDocument();
    expect(screen.getByText(/but this invitation is for sam@example.com/)).toBeInTheDocument();
    expect(screen.queryByRole('button', { name: 'Accept invitation' })).not.toBeInTheDocument();
  });

  it('drops a stale token quietly and offers to create the account', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'expired');
    serve({
      'invitations/tok1/': () => ({ status: 200, data: preview(false) }),
      'users/me/': () => ({ status: 401, data: errorBody('invalid_token', 'Invalid token.') }),
    });
    const { router } = renderAccept();

    expect(await screen.findByRole('button', { name: 'Create account and join' })).toBeInTheDocument();
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBeNull();
    expect(router.state.location.pathname).toBe('/accept-invitation/tok1');
  });

  it('explains an invitation that is used or expired', async () => {
    serve({});
    renderAccept();
    expect(await screen.findByRole('heading', { name: 'This invitation cannot be used' })).toBeInTheDocument();
  });
});
