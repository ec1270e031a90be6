import { afterEach, describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { errorBody, mockApi } from '@/test/mock-api';
import { renderPage } from '@/test/render';
import { AUTH_TOKEN_KEY } from '@/lib/auth/token-storage';
import SignupPage from './signup-page';

let api: ReturnType<typeof mockApi> | undefined;
afterEach(() => api?.restore());

async function fillForm(values: { username: string; email: string; password: string }) {
  const user = userEvent.setup();
  await user.type(screen.getByRole('textbox', { name: /^username/i }), values.username);
  await user.type(screen.getByRole('textbox', { name: /^email/i }), values.email);
  await user.type(screen.getByLabelText(/^password/i), values.password);
  await user.click(screen.getByRole('button', { name: /create account/i }));
}

describe('SignupPage', () => {
  it('shows the API’s field errors at the fields', async () => {
    api = mockApi(() => ({
      status: 409,
      data: errorBody('conflict', 'A user with that username already exists.', {
        username: ['A user with that username already exists.'],
      }),
    }));
    renderPage(<SignupPage />, { path: '/signup' });
    await fillForm({ username: 'ada', email: 'ADA@Example.com', password: 'long-enough-pass' });

    const usernameInput = screen.getByRole('textbox', { name: /^username/i });
    expect(await screen.findByText('A user with that username already exists.')).toBeInTheDocument();
    expect(usernameInput).toHaveAttribute('aria-invalid', 'true');
    expect(screen.getByRole('textbox', { name: /^email/i })).not.toHaveAttribute('aria-invalid', 'true');
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBeNull();
    // The body went out as the contract parses it: email lower-cased, blanks as null.
    expect(JSON.parse(String(api.requests[0]?.data))).toMatchObject({
      username: 'ada',
      email: 'ada@example.com',
      first_name: null,
      organization_name: null,
    });
  });

  it('shows a common-password rejection under the password', async () => {
    api = mockApi(() => ({
      status: 400,
      data: errorBody('validation_error', 'Invalid input.', { password: ['This password is too common.'] }),
    }));
    renderPage(<SignupPage />, { path: '/signup' });
    await fillForm({ username: 'grace', email: 'grace@example.com', password: 'password123' });
    expect(await screen.findByText('This password is too common.')).toBeInTheDocument();
    expect(screen.getByLabelText(/^password/i)).toHaveAttribute('aria-invalid', 'true');
  });

  it('checks the contract’s rules before sending', async () => {
    api = mockApi(() => ({ status: 500 }));
    renderPage(<SignupPage />, { path: '/signup' });
    await fillForm({ username: 'no@at', email: 'not-an-email', password: 'short' });
    expect(await screen.findByText('Use letters, digits and . _ + - only.')).toBeInTheDocument();
    expect(screen.getByText('Enter a valid email address.')).toBeInTheDocument();
    expect(screen.getByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(api.requests).toHaveLength(0);
  });
});
