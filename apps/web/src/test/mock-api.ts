import { setTransport, type RequestConfig } from '@/lib/api-client';
import { HttpError } from '@/lib/http';

export type MockReply = { status: number; data?: unknown; headers?: Record<string, string> } | 'network-error';
export type MockHandler = (config: RequestConfig) => MockReply;

/** Answers apiClient requests in-process, so the real headers, retries and error mapping run. */
export function mockApi(handler: MockHandler): { requests: RequestConfig[]; restore: () => void } {
  const requests: RequestConfig[] = [];
  const original = setTransport((config) => {
    requests.push(config);
    const reply = handler(config);
    if (reply === 'network-error') return Promise.reject(new HttpError('network', config));
    return Promise.resolve({ status: reply.status, data: reply.data ?? null, headers: new Headers(reply.headers) });
  });
  return {
    requests,
    restore: () => {
      setTransport(original);
    },
  };
}

export function errorBody(code: string, message: string, errors?: Record<string, string[]>) {
  return { error: true, code, message, detail: message, ...(errors ? { errors } : {}) };
}
