import { MutationCache, QueryClient } from '@tanstack/react-query';
import { notifyError } from '@/components/ui';
import { toApiError } from '@/lib/api-error';
import type {} from '@/lib/react-query-meta';

const MAX_RETRIES = 2;

/** Only failures that may pass on their own are retried: network trouble and server errors. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  const apiError = toApiError(error);
  const isTransient = apiError.status === 0 || apiError.status >= 500;
  return isTransient && apiError.code !== 'canceled' && failureCount < MAX_RETRIES;
}

export function createQueryClient(): QueryClient {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: shouldRetry, refetchOnWindowFocus: true, staleTime: 15_000 },
      mutations: { retry: false },
    },
    mutationCache: new MutationCache({
      onError: (error, _variables, _context, mutation) => {
        if (mutation.meta?.skipErrorToast) return;
        notifyError(mutation.meta?.errorTitle ?? 'That did not work', toApiError(error).message);
      },
    }),
  });
}
