import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { errorBody, mockApi } from '@/test/mock-api';
import { ACTIVE_ORGANIZATION_KEY } from './active-organization';
import {
  apiClient,
  configureApiClient,
  isPublicPage,
  loginPathWithNext,
  ORGANIZATION_HEADER,
  requestUrl,
} from './api-client';
import { ApiError, NETWORK_ERROR_MESSAGE } from './api-error';
import { AUTH_TOKEN_KEY } from './auth/token-storage';

let api: ReturnType<typeof mockApi> | undefined;
const onUnauthorized = vi.fn();
const onOrganizationRevoked = vi.fn();

beforeEach(() => {
  configureApiClient({ onUnauthorized, onOrganizationRevoked });
});
afterEach(() => {
  api?.restore();
  onUnauthorized.mockReset();
  onOrganizationRevoked.mockReset();
});

async function failureOf(request: Promise<unknown>): Promise<ApiError> {
  try {
    await request;
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw new Error(`Expected an ApiError, got ${String(error)}`);
  }
  throw new Error('Expected the request to fail');
}

describe('request headers', () => {
  it('sends the token and the tab’s active organization on every request', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'abc123');
    sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, '42');
    api = mockApi(() => ({ status: 200, data: {} }));
    await apiClient.get('customers/');
    const headers = api.requests[0]?.headers;
    expect(headers?.get('Authorization')).toBe('Token abc123');
    expect(headers?.get(ORGANIZATION_HEADER)).toBe('42');
    expect(api.requests[0]?.baseURL).toBe('/api');
  });

  it('sends neither header when signed out and no organization is chosen', async () => {
    api = mockApi(() => ({ status: 200, data: {} }));
    await apiClient.get('health/');
    expect(api.requests[0]?.headers.has('Authorization')).toBe(false);
    expect(api.requests[0]?.headers.has(ORGANIZATION_HEADER)).toBe(false);
  });
});

describe('error mapping', () => {
  it('maps the API error body, field errors included', async () => {
    api = mockApi(() => ({
      status: 400,
      data: {
        ...errorBody('validation_error', 'Some fields are invalid.', { email: ['Enter a valid email address.'] }),
        request_id: 'req-1',
      },
    }));
    const error = await failureOf(apiClient.post('users/', {}));
    expect(error).toMatchObject({ status: 400, code: 'validation_error', message: 'Some fields are invalid.' });
    expect(error.fieldErrors).toEqual({ email: ['Enter a valid email address.'] });
    expect(error.requestId).toBe('req-1');
    expect(error.hasFieldErrors).toBe(true);
  });

  it('keeps the message of a rate limit', async () => {
    api = mockApi(() => ({ status: 429, data: errorBody('rate_limited', 'Too many attempts. Try again in 30 s.') }));
    const error = await failureOf(apiClient.post('auth/login/', {}));
    expect(error).toMatchObject({
      status: 429,
      code: 'rate_limited',
      message: 'Too many attempts. Try again in 30 s.',
    });
    expect(error.fieldErrors).toEqual({});
  });

  it('gives a friendly message when the server cannot be reached', async () => {
    api = mockApi(() => 'network-error');
    const error = await failureOf(apiClient.get('users/me/'));
    expect(error).toMatchObject({ status: 0, code: 'network_error', message: NETWORK_ERROR_MESSAGE });
  });

  it('does not trust a body that is not the API’s error shape', async () => {
    api = mockApi(() => ({ status: 502, data: '<html>Bad gateway</html>' }));
    const error = await failureOf(apiClient.get('users/me/'));
    expect(error.status).toBe(502);
    expect(error.code).toBe('internal_error');
    expect(error.message).toMatch(/server ran into a problem \(502\)/);
  });
});

describe('401 handling', () => {
  it('clears the token and hands over to the login redirect', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'expired');
    api = mockApi(() => ({ status: 401, data: errorBody('invalid_token', 'Invalid token.') }));
    const error = await failureOf(apiClient.get('users/me/'));
    expect(error.code).toBe('invalid_token');
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBeNull();
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
  });

  it('leaves login failures to the form', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'still-mine');
    api = mockApi(() => ({ status: 401, data: errorBody('not_authenticated', 'No.') }));
    await failureOf(apiClient.post('auth/login/', { username: 'a', password: 'b' }));
    expect(localStorage.getItem(AUTH_TOKEN_KEY)).toBe('still-mine');
    expect(onUnauthorized).not.toHaveBeenCalled();
  });

  it('builds the login path that brings the user back', () => {
    expect(loginPathWithNext({ pathname: '/deals/7', search: '?tab=notes', hash: '' })).toBe(
      '/login?next=%2Fdeals%2F7%3Ftab%3Dnotes',
    );
    expect(loginPathWithNext({ pathname: '/', search: '', hash: '' })).toBe('/login');
  });
});

describe('revoked organization', () => {
  it('drops the stored organization and retries a read on the default one', async () => {
    sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, '9');
    api = mockApi((config) =>
      config.headers.has(ORGANIZATION_HEADER)
        ? { status: 403, data: errorBody('not_a_member', 'You are not a member of this organization.') }
        : { status: 200, data: { ok: true } },
    );
    const response = await apiClient.get('users/me/');
    expect(response.data).toEqual({ ok: true });
    expect(sessionStorage.getItem(ACTIVE_ORGANIZATION_KEY)).toBeNull();
    expect(onOrganizationRevoked).toHaveBeenCalledTimes(1);
  });

  it('never retries a write in another organization', async () => {
    sessionStorage.setItem(ACTIVE_ORGANIZATION_KEY, '9');
    api = mockApi(() => ({ status: 403, data: errorBody('not_a_member', 'Not a member.') }));
    const error = await failureOf(apiClient.post('customers/', { name: 'x' }));
    expect(error.code).toBe('not_a_member');
    expect(api.requests).toHaveLength(1);
  });
});

describe('isPublicPage', () => {
  it('knows the pages a signed-out visitor may open', () => {
    for (const page of ['/login', '/signup', '/forgot-password', '/reset-password/abc', '/accept-invitation/xyz'])
      expect(isPublicPage(page), page).toBe(true);
    for (const page of ['/', '/customers', '/login-as-admin', '/settings/team'])
      expect(isPublicPage(page), page).toBe(false);
  });
});

describe('the fetch transport', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('builds the URL from the params: null and undefined left out, an array as a repeated key', () => {
    expect(
      requestUrl({ baseURL: '/api', url: '/deals/', params: { page: 2, search: 'a b', stage: null, ids: [1, 2] } }),
    ).toBe('/api/deals/?page=2&search=a+b&ids=1&ids=2');
  });

  it('sends JSON with the headers and parses the JSON answer', async () => {
    localStorage.setItem(AUTH_TOKEN_KEY, 'abc123');
    const fetchMock = vi.fn((_url: string, _init: RequestInit) =>
      Promise.resolve(new Response('{"id":7}', { status: 201 })),
    );
    vi.stubGlobal('fetch', fetchMock);
    const response = await apiClient.post<{ id: number }>('customers/', { name: 'Acme' });
    expect(response).toMatchObject({ status: 201, data: { id: 7 } });
    const [url, init] = fetchMock.mock.calls[0] ?? [];
    expect(url).toBe('/api/customers/');
    expect(init?.method).toBe('POST');
    expect(init?.body).toBe('{"name":"Acme"}');
    const headers = new Headers(init?.headers);
    expect(headers.get('Content-Type')).toBe('application/json');
    expect(headers.get('Authorization')).toBe('Token abc123');
  });

  it('maps a failed fetch to the network error and a caller’s abort to a cancel', async () => {
    vi.stubGlobal('fetch', () => Promise.reject(new TypeError('Failed to fetch')));
    expect(await failureOf(apiClient.get('users/me/'))).toMatchObject({ status: 0, code: 'network_error' });
    const controller = new AbortController();
    controller.abort();
    expect(await failureOf(apiClient.get('users/me/', { signal: controller.signal }))).toMatchObject({
      code: 'canceled',
    });
  });

  it('maps an error answer that is not JSON to a status message', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('<html>Bad gateway</html>', { status: 502 })));
    const error = await failureOf(apiClient.get('users/me/'));
    expect(error).toMatchObject({ status: 502, code: 'internal_error' });
  });
});
