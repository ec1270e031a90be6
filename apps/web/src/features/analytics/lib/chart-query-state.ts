/** The parts of a query a chart card shows: loading, or failed with Retry. */
export interface ChartQueryState {
  isLoading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  isRetrying?: boolean;
}

interface QueryLike {
  isPending: boolean;
  isError: boolean;
  error: unknown;
  isFetching: boolean;
  refetch: () => unknown;
}

export function chartQueryState(query: QueryLike): ChartQueryState {
  return {
    isLoading: query.isPending,
    error: query.isError ? query.error : undefined,
    onRetry: () => void query.refetch(),
    isRetrying: query.isFetching,
  };
}
