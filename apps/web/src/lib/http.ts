// The shapes of a request through lib/api-client.ts, apart so api-error.ts can read them without a cycle.

export type Method = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** A request as it goes out: the shape tests see through `mockApi`. */
export interface RequestConfig {
  baseURL: string;
  /** Relative to baseURL: "customers/42/". */
  url: string;
  method: Method;
  /** The query string: string, number and boolean values, an array as a repeated key; null and undefined are left out. */
  params?: object;
  /** The body as sent: JSON text. */
  data?: string;
  headers: Headers;
  signal?: AbortSignal;
  /** Which statuses count as success (default 2xx): `users/me/` also takes a 401 as an answer. */
  validateStatus?: (status: number) => boolean;
  /** Set on the one retry of a GET whose stored organization was no longer the user's. */
  isOrganizationRetry?: boolean;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  headers: Headers;
}

/** What a transport answers: the status and the parsed body (JSON, else the text, else null). */
export interface TransportResponse {
  status: number;
  data: unknown;
  headers: Headers;
}

/** Why a request failed before `toApiError` turns it into the API's error shape. */
export class HttpError extends Error {
  override readonly name = 'HttpError';

  constructor(
    readonly kind: 'response' | 'network' | 'timeout' | 'canceled',
    readonly config: RequestConfig,
    readonly response?: TransportResponse,
    cause?: unknown,
  ) {
    super(response ? `Request failed with status code ${String(response.status)}` : `Request failed (${kind})`, {
      cause,
    });
  }
}
