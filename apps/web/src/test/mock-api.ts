import { AxiosError, type AxiosResponse, type InternalAxiosRequestConfig } from 'axios';
import { apiClient } from '@/lib/api-client';

export type MockReply = { status: number; data?: unknown; headers?: Record<string, string> } | 'network-error';
export type MockHandler = (config: InternalAxiosRequestConfig) => MockReply;

/** Answers apiClient requests in-process, so the real interceptors and error mapping run. */
export function mockApi(handler: MockHandler): { requests: InternalAxiosRequestConfig[]; restore: () => void } {
  const original = apiClient.defaults.adapter;
  const requests: InternalAxiosRequestConfig[] = [];
  apiClient.defaults.adapter = (config) => {
    requests.push(config);
    const reply = handler(config);
    if (reply === 'network-error') {
      return Promise.reject(new AxiosError('Network Error', AxiosError.ERR_NETWORK, config, {}));
    }
    const response: AxiosResponse = {
      data: reply.data,
      status: reply.status,
      statusText: String(reply.status),
      headers: reply.headers ?? {},
      config,
      request: {},
    };
    // As axios settles a response: a request's own validateStatus decides what counts as success.
    const isSuccess = config.validateStatus
      ? config.validateStatus(reply.status)
      : reply.status >= 200 && reply.status < 300;
    if (isSuccess) return Promise.resolve(response);
    const code = reply.status >= 500 ? AxiosError.ERR_BAD_RESPONSE : AxiosError.ERR_BAD_REQUEST;
    return Promise.reject(
      new AxiosError(`Request failed with status code ${String(reply.status)}`, code, config, {}, response),
    );
  };
  return {
    requests,
    restore: () => {
      apiClient.defaults.adapter = original;
    },
  };
}

export function errorBody(code: string, message: string, errors?: Record<string, string[]>) {
  return { error: true, code, message, detail: message, ...(errors ? { errors } : {}) };
}
