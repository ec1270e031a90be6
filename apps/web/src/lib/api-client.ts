import { toApiError } from './api-error';
import { HttpError, type ApiResponse, type Method, type RequestConfig, type TransportResponse } from './http';
import { clearAuthToken, getAuthToken } from './auth/token-storage';
import { getStoredActiveOrganizationId, setActiveOrganizationId } from './active-organization';

export const ORGANIZATION_HEADER = 'X-Organization-ID';

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

function isAnonymousEndpoint(config: RequestConfig): boolean {
  const path = config.url.replace(/^\/+|\/+$/g, '');
  return config.method === 'post' && ANONYMOUS_ENDPOINTS.has(path);
}

export type Transport = (config: RequestConfig) => Promise<TransportResponse>;
export type { RequestConfig } from './http';
export type RequestOptions = Partial<Pick<RequestConfig, 'params' | 'signal' | 'validateStatus'>>;

const TIMEOUT_MS = 30_000;

export function requestUrl(config: Pick<RequestConfig, 'baseURL' | 'url' | 'params'>): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(config.params ?? {}) as [string, unknown][]) {
    for (const item of Array.isArray(value) ? (value as unknown[]) : [value]) {
      if (typeof item === 'string' || typeof item === 'number' || typeof item === 'boolean') {
        query.append(key, String(item));
      }
    }
  }
  const search = query.toString();
  return `${config.baseURL}/${config.url.replace(/^\/+/, '')}${search ? `?${search}` : ''}`;
}

async function parseBody(response: Response): Promise<unknown> {
  const text = await response.text();
  if (!text) return null;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

/** The browser's fetch, with the client's timeout on top of the caller's signal. */
const fetchTransport: Transport = async (config) => {
  const timeout = AbortSignal.timeout(TIMEOUT_MS);
  const signal = config.signal ? AbortSignal.any([config.signal, timeout]) : timeout;
  let response: Response;
  try {
    response = await fetch(requestUrl(config), {
      method: config.method.toUpperCase(),
      headers: config.headers,
      body: config.data,
      signal,
    });
  } catch (error) {
    if (config.signal?.aborted) throw new HttpError('canceled', config);
    if (timeout.aborted) throw new HttpError('timeout', config);
    throw new HttpError('network', config, undefined, error);
  }
  return { status: response.status, data: await parseBody(response), headers: response.headers };
};

let transport: Transport = fetchTransport;

/** Tests answer requests in-process (src/test/mock-api.ts); returns the transport it replaced. */
export function setTransport(next: Transport): Transport {
  const previous = transport;
  transport = next;
  return previous;
}

async function send<T>(config: RequestConfig): Promise<ApiResponse<T>> {
  const response = await transport(config);
  const isSuccess = config.validateStatus?.(response.status) ?? (response.status >= 200 && response.status < 300);
  if (!isSuccess) throw new HttpError('response', config, response);
  return { status: response.status, data: response.data as T, headers: response.headers };
}

/** Sends with the token and the tab's organization, and handles what every caller would. */
async function request<T>(config: RequestConfig): Promise<ApiResponse<T>> {
  const token = getAuthToken();
  if (token) config.headers.set('Authorization', `Token ${token}`);
  const organizationId = getStoredActiveOrganizationId();
  if (organizationId !== null) {
    config.headers.set(ORGANIZATION_HEADER, String(organizationId));
  }
  try {
    return await send<T>(config);
  } catch (error) {
    return handleFailure<T>(config, error);
  }
}

async function handleFailure<T>(config: RequestConfig, error: unknown): Promise<ApiResponse<T>> {
  const apiError = toApiError(error);
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
      const headers = new Headers(config.headers);
      headers.delete(ORGANIZATION_HEADER);
      return request<T>({ ...config, headers, isOrganizationRetry: true });
    }
  }
  throw apiError;
}

function configFor(method: Method, url: string, options: RequestOptions = {}, body?: unknown): RequestConfig {
  const headers = new Headers({ Accept: 'application/json' });
  if (body !== undefined) headers.set('Content-Type', 'application/json');
  return {
    ...options,
    baseURL: '/api',
    url,
    method,
    headers,
    data: body === undefined ? undefined : JSON.stringify(body),
  };
}

/**
 * The API under /api/, on the browser's fetch: the token and the tab's organization go with every
 * request, failures arrive as ApiError, a 401 hands over to the login page. (It replaced axios,
 * whose 20 KB of gzipped JavaScript every first screen paid for; the call shapes stayed.)
 */
export const apiClient = {
  get: <T = unknown>(url: string, options?: RequestOptions) => request<T>(configFor('get', url, options)),
  /** A delete may carry a body: the organization's typed name that confirms deleting it. */
  delete: <T = unknown>(url: string, { data, ...options }: RequestOptions & { data?: unknown } = {}) =>
    request<T>(configFor('delete', url, options, data)),
  post: <T = unknown>(url: string, body?: unknown, options?: RequestOptions) =>
    request<T>(configFor('post', url, options, body)),
  put: <T = unknown>(url: string, body?: unknown, options?: RequestOptions) =>
    request<T>(configFor('put', url, options, body)),
  patch: <T = unknown>(url: string, body?: unknown, options?: RequestOptions) =>
    request<T>(configFor('patch', url, options, body)),
};
