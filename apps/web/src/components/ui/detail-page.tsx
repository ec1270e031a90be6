// Import this file directly, not through the index, which is on the first screen.
import { Fragment, type ReactNode } from 'react';
import { LuArrowLeft } from 'react-icons/lu';
import { toApiError } from '@/lib/api-error';
import { useRouteId } from '@/lib/use-route-id';
import { LoadErrorPanel } from './load-error-panel';
import { NotFound } from './not-found';
import { PageHeader, type PageHeaderProps } from './page-header';
import { Grid, Skeleton, Stack } from './primitives';
import { RouterLink } from './router-link';

export interface DetailPageProps {
  /** The list the record belongs to, linked above it ("← Customers"). */
  backTo?: string;
  backLabel?: string;
  maxW?: string;
  /** The record's view for a valid id; it remounts when the id changes. */
  children: (id: number) => ReactNode;
}

/**
 * `/<records>/:id`: an id that cannot be a record (not an integer in 1…2³¹−1) shows the not-found
 * page without asking the API; a valid one renders the record's view under a link back to its list.
 */
export function DetailPage({ backTo, backLabel, maxW = '7xl', children }: DetailPageProps) {
  const id = useRouteId();
  if (id === null) return <NotFound />;
  const content = <Fragment key={id}>{children(id)}</Fragment>;
  if (!backTo) return content;
  return (
    <Stack gap="3" maxW={maxW}>
      <BackLink to={backTo}>{backLabel}</BackLink>
      {content}
    </Stack>
  );
}

/** "← Customers": the way back from a record to where it is listed. */
export function BackLink({ to, children }: { to: string; children: ReactNode }) {
  return (
    <RouterLink to={to} textStyle="sm" display="inline-flex" alignItems="center" gap="1" width="fit-content">
      <LuArrowLeft aria-hidden /> {children}
    </RouterLink>
  );
}

/** A record page's two columns on large screens: the summary, then related records and the timeline. */
export const DETAIL_COLUMNS = 'minmax(0, 1fr) minmax(0, 2fr)';

export interface DetailSkeletonProps {
  label: string;
  /** The grid's columns on large screens, as the loaded page lays out its cards. */
  columns?: string;
  cardHeights?: [string, string];
  titleWidth?: string;
}

/** A detail page while its record loads: the header, then two cards. */
export function DetailSkeleton({
  label,
  columns = DETAIL_COLUMNS,
  cardHeights = ['80', '80'],
  titleWidth = '64',
}: DetailSkeletonProps) {
  return (
    <Stack gap="6" aria-busy="true" aria-label={label}>
      <Skeleton height="10" width={titleWidth} />
      <Grid templateColumns={{ base: '1fr', lg: columns }} gap="6">
        <Skeleton height={cardHeights[0]} />
        <Skeleton height={cardHeights[1]} />
      </Grid>
    </Stack>
  );
}

/** The parts of a TanStack query a view needs; any `useQuery` result fits. */
export interface ViewQuery<T> {
  data: T | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

export interface QueryViewProps<T> {
  query: ViewQuery<T>;
  /** What failed to load, for the error panel: "this customer". */
  subject: string;
  loading: ReactNode;
  /** Shown instead of the error panel when the API answers 404. */
  notFound?: ReactNode;
  children: (data: T) => ReactNode;
}

/** A query's three states: the skeleton, the error panel with Retry, or the data. */
export function QueryView<T>({ query, subject, loading, notFound, children }: QueryViewProps<T>) {
  if (query.isPending) return <>{loading}</>;
  if (query.isError || query.data === undefined) {
    if (notFound && toApiError(query.error).status === 404) return <>{notFound}</>;
    return (
      <LoadErrorPanel
        error={query.error}
        subject={subject}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  return <>{children(query.data)}</>;
}

export interface RecordLayoutProps {
  /** The record's name, code, status badges and actions. */
  header: PageHeaderProps;
  columns?: string;
  /** The left column: the summary card. */
  primary: ReactNode;
  /** The right column: related records, the timeline. */
  secondary: ReactNode;
  /** After the grid: the page's dialogs. */
  children?: ReactNode;
}

/** A loaded record page (UX: detail page): its header above two columns of cards. */
export function RecordLayout({ header, columns = DETAIL_COLUMNS, primary, secondary, children }: RecordLayoutProps) {
  return (
    <Stack gap="6">
      <PageHeader {...header} />
      <Grid templateColumns={{ base: 'minmax(0, 1fr)', lg: columns }} gap="6" alignItems="start">
        {primary}
        {secondary}
      </Grid>
      {children}
    </Stack>
  );
}
