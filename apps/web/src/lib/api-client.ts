import axios, { isAxiosError, type InternalAxiosRequestConfig } from 'axios';
import { toApiError } from './api-error';
import { clearAuthToken, getAuthToken } from './auth/token-storage';
import { getStoredActiveOrganizationId, setActiveOrganizationId } from './active-organization';

export const ORGANIZATION_HEADER = 'X-Organization-ID';

declare module 'axios' {
  interface AxiosRequestConfig {
    /** Set on the one retry of a GET whose stored organization was no longer the user's. */
    isOrganizationRetry?: boolean;
  }
}

export interface ApiClientHandlers {
  /** A request was refused for a missing or expired token (the token is already cleared). */
  onUnauthorized: () => void;
  /** The tab's stored organization is no longer one of the user's (the stored id is already cleared). */
  onOrganizationRevoked: () => void;
}

/** Pages anyone may open: a stale token there must not send the visitor to the login page. */
const PUBLIC_PAGES = ['/login', '/signup', '/forgot-password', '/reset-password/', '/accept-invitation/'];
export const isPublicPage = (pathname: string): boolean =>
  PUBLIC_PAGES.some((page) => (page.endsWith('/') ? pathname.startsWith(page) : pathname === page));

export function loginPathWithNext(location: Pick<Location, 'pathname' | 'search' | 'hash'>): string {
  const here = `${location.pathname}${location.search}${location.hash}`;
  return here === '/' || location.pathname === '/login' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}

const handlers: ApiClientHandlers = {
  onUnauthorized: () => {
    if (!isPublicPage(window.location.pathname)) window.location.assign(loginPathWithNext(window.location));
  },
  onOrganizationRevoked: () => undefined,
};

export function configureApiClient(overrides: Partial<ApiClientHandlers>): void {
  Object.assign(handlers, overrides);
}

// Wrong credentials on these answer 400, but a 401 here must never bounce the user off the form.
const ANONYMOUS_ENDPOINTS = new Set(['auth/login', 'users']);

function isAnonymousEndpoint(config: InternalAxiosRequestConfig): boolean {
  const path = (config.url ?? '').replace(/^\/+|\/+$/g, '');
  return config.method === 'post' && ANONYMOUS_ENDPOINTS.has(path);
}

export const apiClient = axios.create({
  baseURL: '/api',
  timeout: 30_000,
  headers: { Accept: 'application/json' },
});

apiClient.interceptors.request.use((config) => {
  const token = getAuthToken();
  if (token) config.headers.set('Authorization', `Token ${token}`);
  const organizationId = getStoredActiveOrganizationId();
  if (organizationId !== null) config.headers.set(ORGANIZATION_HEADER, String(organizationId));
  return config;
});

apiClient.interceptors.response.use(undefined, async (error: unknown) => {
  const apiError = toApiError(error);
  const config = isAxiosError(error) ? error.config : undefined;
  if (!config) throw apiError;

  const sentToken = config.headers.get('Authorization');
  // Only the token this request carried is cleared: a late answer to an old session's request
  // must not log out the user who has just signed in again.
  if (apiError.status === 401 && !isAnonymousEndpoint(config) && sentToken === `Token ${getAuthToken() ?? ''}`) {
    clearAuthToken();
    handlers.onUnauthorized();
  }

  if (apiError.code === 'not_a_member' && config.headers.has(ORGANIZATION_HEADER)) {
    setActiveOrganizationId(null);
    handlers.onOrganizationRevoked();
    // Reads are retried on the default organization; writes never are, so nothing lands in a
    // tenant the user did not choose.
    if (config.method === 'get' && !config.isOrganizationRetry) {
      config.headers.delete(ORGANIZATION_HEADER);
      return apiClient.request({ ...config, isOrganizationRetry: true });
    }
  }
  throw apiError;
});
