import { useId, useState, type ReactNode } from 'react';
import { LuChartColumn, LuTable } from 'react-icons/lu';
import { EmptyState } from '../empty-state';
import { LoadErrorPanel } from '../load-error-panel';
import { Button, Card, HStack, Heading, Skeleton, Stack, Text, VisuallyHidden } from '../primitives';
import { ChartTableIsHidden } from './chart-table';

export interface ChartCardProps {
  title: string;
  description?: ReactNode;
  /** Controls of this chart only, e.g. a granularity switch. */
  headerAction?: ReactNode;
  isLoading?: boolean;
  /** The query's error, if it failed: the error panel with Retry shows instead of the chart. */
  error?: unknown;
  onRetry?: () => void;
  isRetrying?: boolean;
  /** Nothing to draw: the empty state shows instead of the chart and its table. */
  isEmpty?: boolean;
  emptyTitle?: string;
  emptyDescription?: ReactNode;
  /** The same numbers as a table: always there for screen readers, on screen when toggled. */
  table: ReactNode;
  /** The chart itself. */
  children: ReactNode;
  /** Below the chart or table: totals, buckets. */
  footer?: ReactNode;
  testId?: string;
}

/**
 * A chart in a card (UX: dashboard): a title, the chart, and its table alternative. The table is in
 * the page for screen readers while the chart shows, and replaces the chart with "Show as table".
 */
export function ChartCard(props: ChartCardProps) {
  const { title, description, headerAction, isLoading = false, isEmpty = false, table, children, footer } = props;
  const headingId = useId();
  const [showsTable, setShowsTable] = useState(false);
  const hasError = props.error !== undefined && props.error !== null;
  const canToggle = !isLoading && !isEmpty && !hasError;

  let body: ReactNode;
  if (hasError)
    body = (
      <LoadErrorPanel
        error={props.error}
        subject={title.toLowerCase()}
        onRetry={props.onRetry}
        isRetrying={props.isRetrying}
      />
    );
  else if (isLoading) body = <Skeleton height="280px" aria-label={`Loading ${title}`} />;
  else if (isEmpty)
    body = (
      <EmptyState
        icon={<LuChartColumn />}
        title={props.emptyTitle ?? 'No data for this period'}
        description={props.emptyDescription}
      />
    );
  else if (showsTable) body = table;
  else
    body = (
      <>
        {children}
        <VisuallyHidden>
          <ChartTableIsHidden.Provider value>{table}</ChartTableIsHidden.Provider>
        </VisuallyHidden>
      </>
    );

  return (
    <Card.Root as="section" aria-labelledby={headingId} data-testid={props.testId} minW="0">
      <Card.Header>
        <HStack gap="2" justify="space-between" align="flex-start" wrap="wrap">
          <Stack gap="1" minW="0" flex="1 1 16rem">
            <Heading as="h2" size="md" id={headingId}>
              {title}
            </Heading>
            {description && (
              <Text color="fg.muted" textStyle="sm">
                {description}
              </Text>
            )}
          </Stack>
          <HStack gap="2" wrap="wrap" flexShrink={0}>
            {headerAction}
            {canToggle && (
              <Button
                variant="ghost"
                size="xs"
                aria-pressed={showsTable}
                onClick={() => setShowsTable((current) => !current)}
              >
                <LuTable aria-hidden />
                Show as table
              </Button>
            )}
          </HStack>
        </HStack>
      </Card.Header>
      <Card.Body gap="4" minW="0">
        {body}
        {canToggle && footer}
      </Card.Body>
    </Card.Root>
  );
}
