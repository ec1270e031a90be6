import type { ReactNode } from 'react';
import { ErrorPanel, Skeleton, Stack, Table, Text } from '@/components/ui';
import type { ListColumn } from '@/components/ui/list-view';
import { toApiError } from '@/lib/api-error';

export interface RelatedTableProps<T> {
  /** The table's accessible name: "Payments of ORD-001". */
  label: string;
  columns: readonly ListColumn<T>[];
  rows: readonly T[];
  getRowKey: (row: T) => number | string;
  rowTestId?: string;
}

const NO_CONTEXT = { isExpanded: false, toggleExpanded: () => undefined, detailsId: '' };

/** A short table of a record's related rows (an order's payments), with the list pages' columns. */
export function RelatedTable<T>({ label, columns, rows, getRowKey, rowTestId }: RelatedTableProps<T>) {
  return (
    <Table.ScrollArea>
      <Table.Root size="sm" aria-label={label}>
        <Table.Header>
          <Table.Row>
            {columns.map((column) => (
              <Table.ColumnHeader key={column.id} textAlign={column.align} width={column.width}>
                {column.isHeaderHidden ? <Text srOnly>{column.header}</Text> : column.header}
              </Table.ColumnHeader>
            ))}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => (
            <Table.Row key={getRowKey(row)} data-testid={rowTestId}>
              {columns.map((column) => (
                <Table.Cell key={column.id} textAlign={column.align} {...column.cellProps}>
                  {column.cell(row, NO_CONTEXT)}
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}

export interface RelatedQuery<T> {
  data: { count: number; results: T[] } | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  refetch: () => unknown;
}

/** A related section's states: skeleton rows, an error with Retry, the empty sentence, or the content. */
export function RelatedContent<T>({
  query,
  subject,
  empty,
  children,
}: {
  query: RelatedQuery<T>;
  /** "payments": "Loading payments", "Payments could not be loaded". */
  subject: string;
  empty: ReactNode;
  children: (rows: T[], count: number) => ReactNode;
}) {
  if (query.isPending) {
    return (
      <Stack gap="2" aria-busy="true" aria-label={`Loading ${subject}`}>
        <Skeleton height="8" />
        <Skeleton height="8" />
      </Stack>
    );
  }
  if (query.isError || !query.data) {
    return (
      <ErrorPanel
        title={`${subject.charAt(0).toUpperCase()}${subject.slice(1)} could not be loaded`}
        message={toApiError(query.error).message}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (query.data.count === 0) return <>{empty}</>;
  const { results, count } = query.data;
  return (
    <Stack gap="2">
      {children(results, count)}
      {count > results.length && (
        <Text textStyle="sm" color="fg.muted">
          Showing {results.length} of {count} {subject}.
        </Text>
      )}
    </Stack>
  );
}
