import { afterEach, describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { AUTH_TOKEN_KEY } from '@/lib/auth/token-storage';
import LoginPage from './login-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

const USER = {
  id: 1,
  username: 'ada',
  email: 'ada@example.com',
  first_name: 'Ada',
  last_name: 'Lovelace',
  full_name: 'Ada Lovelace',
  phone: null,
  title: null,
  timezone: 'UTC',
  default_organization_id: 1,
  memberships: [],
};

async function fillAndSubmit(username: string, password: string) {
  const user = userEvent.setup();
  await user.type(screen.getByLabelText(/username or email/i), username);
  await user.type(screen.getByLabelText(/^password/i), password);
  await user.click(screen.getByRole('button', { name: /log in/i }));
}

describe('LoginPage', () => {
  it('shows the API’s message for wrong credentials and keeps the user on the form', async () => {
    api = mockApi(() => ({
      status: 400,
      data: errorBody('invalid_credentials', 'Unable to log in with the provided credentials.'),
    }));
    renderPage(<LoginPage />, { path: '/login' });
    await fillAndSubmit('ada', 'wrong-password');

    expect(await screen.findByRole('alert')).toHaveTextContent('Unable to log in with the provided credentials.');
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBeNull();
    expect(api.requests[0]?.data).toBe(JSON.stringify({ username: 'ada', password: 'wrong-password' }));
  });

  it('shows the rate-limit message', async () => {
    api = mockApi(() => ({
      status: 429,
      data: errorBody('rate_limited', 'Too many failed logins. Try again in 60 seconds.'),
    }));
    renderPage(<LoginPage />, { path: '/login' });
    await fillAndSubmit('ada', 'whatever-1234');
    expect(await screen.findByRole('alert')).toHaveTextContent('Too many failed logins. Try again in 60 seconds.');
  });

  it('validates before calling the API', async () => {
    api = mockApi(() => ({ status: 500 }));
    renderPage(<LoginPage />, { path: '/login' });
    await userEvent.setup().click(screen.getByRole('button', { name: /log in/i }));
    expect(await screen.findAllByText('This field is required.')).toHaveLength(2);
    expect(api.requests).toHaveLength(0);
  });

  it('stores the token and goes to the page it was sent from', async () => {
    api = mockApi(() => ({ status: 200, data: { token: 'tok-1', user: USER, message: 'Welcome back.' } }));
    const { router } = renderPage(<LoginPage />, { path: '/login', initialEntry: '/login?next=%2Fdeals%2F3' });
    await fillAndSubmit('ada@example.com', 'correct-horse-battery');
    await waitFor(() => {
      expect(router.state.location.pathname).toBe('/deals/3');
    });
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBe('tok-1');
  });
});
