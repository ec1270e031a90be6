// Import this file directly, not through the index, which is on the first screen.
import {
  Fragment,
  isValidElement,
  useEffect,
  useState,
  type MouseEvent,
  type ReactElement,
  type ReactNode,
} from 'react';
import { LuPlus } from 'react-icons/lu';
import { useNavigate, useSearchParams } from 'react-router';
import { can, type Paginated, type Resource } from '@crm/contracts';
import { toApiError } from '@/lib/api-error';
import { useSession } from '@/lib/auth/session';
import { RowCheckbox, type RowSelection } from './bulk-actions';
import { ErrorPanel } from './error-panel';
import { FormField } from './field';
import { ListEmptyState, type ListEmptyStateProps } from './list-empty-state';
import type { ListUrlState } from './list-url-state';
import { LoadErrorPanel } from './load-error-panel';
import { PageHeader } from './page-header';
import { PaginationFooter } from './pagination-footer';
import { RouterLink } from './router-link';
import { Button, Flex, Stack, Table, Text, type ButtonProps } from './primitives';
import { SearchInput } from './search-input';
import { SelectNative, type SelectOption } from './select-native';
import { SortableColumnHeader } from './sortable-column-header';
import { TableSkeleton } from './table-skeleton';

/** What a cell may know about its row beyond the record: whether its details are unfolded. */
export interface ListRowContext {
  isExpanded: boolean;
  toggleExpanded: () => void;
  /** The id of the row of details, for the toggle's aria-controls. */
  detailsId: string;
}

export interface ListColumn<T> {
  id: string;
  header: string;
  /** The header is read by screen readers only (an actions column). */
  isHeaderHidden?: boolean;
  cell: (row: T, context: ListRowContext) => ReactNode;
  /** The API's ordering field: the header sorts on click. */
  sortField?: string;
  align?: 'start' | 'end';
  width?: string;
  /** Cell styling: `{ color: 'fg.muted' }`, `{ maxW: 'xs' }`. */
  cellProps?: Table.CellProps;
}

/** Ticking rows for bulk actions: a checkbox column first, and the page's box in its header. */
export interface ListSelection<T> {
  state: RowSelection;
  getRowId: (row: T) => number;
  /** Names a row's box: "Select Globex". */
  rowLabel: (row: T) => string;
  /** Rows the caller may do nothing with have no box. */
  isRowSelectable?: (row: T) => boolean;
}

/** A select in the toolbar whose value is one of the list's URL filters. */
export interface ListSelectFilter<F extends string> {
  key: F;
  label: string;
  /** The empty choice: "All statuses". */
  placeholder: string;
  options: readonly SelectOption[];
  width?: string;
  /** The label stands above the select instead of only naming it for screen readers. */
  showLabel?: boolean;
  disabled?: boolean;
}

/** The list's URL state and its setters, as `useListUrlState` returns them. */
export interface ListViewState<F extends string> {
  state: ListUrlState<F>;
  hasFilters: boolean;
  setSearch: (search: string) => void;
  setFilter: (key: F, value: string | undefined) => void;
  setOrdering: (ordering: string | undefined) => void;
  setPage: (page: number) => void;
  setPageSize: (pageSize: number) => void;
  clearFilters: () => void;
}

/** The parts of a list query the view reads; a `useQuery` result of a paginated endpoint fits. */
export interface ListQuery<T> {
  data: Paginated<T> | undefined;
  error: unknown;
  isPending: boolean;
  isError: boolean;
  isFetching: boolean;
  isPlaceholderData: boolean;
  refetch: () => unknown;
}

export interface ListViewProps<T, F extends string> {
  /** The page header; a list shown inside another page (the deals table) has none. */
  title?: string;
  description?: ReactNode;
  /** The record count next to the title carries this test id; "<itemLabel>-count" by default. */
  countTestId?: string;
  /** Other header actions, before the create button. */
  actions?: ReactNode;
  /** The primary action, for roles that may create: "New customer", and "Add your first customer" when empty. */
  create?: { label: string; emptyLabel: string; onClick: () => void };
  /** Between the header and the toolbar (totals cards). */
  aboveToolbar?: ReactNode;

  list: ListViewState<F>;
  query: ListQuery<T>;
  search?: { label: string; placeholder?: string; width?: Record<string, string> };
  filters?: readonly ListSelectFilter<F>[];
  /** More filter controls after the search and selects. */
  toolbar?: ReactNode;
  /** Names the toolbar's search landmark; "Filter <itemLabel>" by default. */
  filterLabel?: string;

  columns: readonly ListColumn<T>[];
  /** The table's accessible name; the title by default. */
  tableLabel?: string;
  getRowKey: (row: T) => string | number;
  /** Rows open this page on click; the row's own link does so by keyboard. */
  getRowHref?: (row: T) => string;
  rowTestId?: string;
  /** A row's unfolded details, under it across the whole table (null when it has none). */
  renderDetails?: (row: T) => ReactNode;
  /** The ordering the API applies when none is asked for, shown on its column. */
  defaultOrdering?: string;
  /** Dims the rows while something else is on its way (a change to a row). */
  isStale?: boolean;
  /** Checkboxes for bulk actions; leave out for roles that may do none. */
  selection?: ListSelection<T>;
  /** Between the toolbar and the table: the bulk action bar and its result. */
  bulkBar?: ReactNode;

  /** Plural noun: "customers". Counts, the empty-page message and the error panel use it. */
  itemLabel: string;
  /** What failed to load, when it is not the noun: "the audit log". */
  errorSubject?: string;
  /** "Loading <itemLabel>" by default. */
  loadingLabel?: string;
  skeletonRows?: number;
  /** The empty state: ListEmptyState's wording, or a whole element of the page's own. */
  empty: Pick<ListEmptyStateProps, 'icon' | 'filterHint' | 'description'> | ReactElement;

  /** After the list: more sections, the page's dialogs. */
  children?: ReactNode;
  maxW?: string;
  gap?: string;
  /** Space between the toolbar and the table, when it differs from `gap`. */
  toolbarGap?: string;
}

/** A click anywhere on a row opens the record, except on the row's own links, buttons, inputs and menus. */
function isInteractiveTarget(event: MouseEvent): boolean {
  return (
    event.target instanceof Element &&
    event.target.closest('a, button, input, select, label, [role="menu"], [role="menuitem"], [data-row-select]') !==
      null
  );
}

function ListToolbar<T, F extends string>(props: ListViewProps<T, F>) {
  const { list, search, filters = [], toolbar, filterLabel } = props;
  if (!search && filters.length === 0 && !toolbar) return null;
  return (
    <Flex gap="3" wrap="wrap" align="flex-end" role="search" aria-label={filterLabel ?? `Filter ${props.itemLabel}`}>
      {search && (
        <SearchInput
          label={search.label}
          placeholder={search.placeholder}
          value={list.state.search}
          onChange={list.setSearch}
          width={search.width ?? { base: 'full', md: '80' }}
        />
      )}
      {filters.map((filter) => {
        const width = { base: 'full', sm: filter.width ?? '44' };
        const select = (
          <SelectNative
            aria-label={filter.showLabel ? undefined : filter.label}
            placeholder={filter.placeholder}
            options={filter.options}
            value={list.state.filters[filter.key] ?? ''}
            onChange={(event) => list.setFilter(filter.key, event.currentTarget.value || undefined)}
            width={filter.showLabel ? undefined : width}
            disabled={filter.disabled}
          />
        );
        return filter.showLabel ? (
          <FormField key={filter.key} label={filter.label} width={width}>
            {select}
          </FormField>
        ) : (
          <Fragment key={filter.key}>{select}</Fragment>
        );
      })}
      {toolbar}
    </Flex>
  );
}

function ListTable<T, F extends string>(props: ListViewProps<T, F> & { rows: readonly T[] }) {
  const { columns, rows, list, getRowKey, getRowHref, rowTestId, renderDetails, defaultOrdering, selection } = props;
  const tableLabel = props.tableLabel ?? props.title ?? props.itemLabel;
  const navigate = useNavigate();
  const [expanded, setExpanded] = useState<ReadonlySet<string | number>>(new Set());
  const isStale = props.isStale || props.query.isPlaceholderData;
  const ordering = list.state.ordering ?? defaultOrdering;
  const selectableIds = selection
    ? rows.filter((row) => selection.isRowSelectable?.(row) ?? true).map(selection.getRowId)
    : [];
  const selectedOnPage = selection ? selectableIds.filter((id) => selection.state.isSelected(id)).length : 0;
  const columnCount = columns.length + (selection ? 1 : 0);
  const toggle = (key: string | number) =>
    setExpanded((current) => {
      const next = new Set(current);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <Table.ScrollArea borderWidth="1px" borderRadius="md" opacity={isStale ? 0.6 : 1} transition="opacity 0.2s">
      <Table.Root
        size="sm"
        interactive={getRowHref !== undefined}
        stickyHeader
        aria-label={tableLabel}
        aria-busy={isStale}
      >
        <Table.Header>
          <Table.Row>
            {selection && (
              <Table.ColumnHeader width="10" data-row-select>
                <RowCheckbox
                  label="Select all rows on this page"
                  checked={
                    selectedOnPage === 0 ? false : selectedOnPage === selectableIds.length ? true : 'indeterminate'
                  }
                  disabled={selectableIds.length === 0}
                  onCheckedChange={(checked) => selection.state.setMany(selectableIds, checked)}
                />
              </Table.ColumnHeader>
            )}
            {columns.map((column) =>
              column.sortField ? (
                <SortableColumnHeader
                  key={column.id}
                  label={column.header}
                  field={column.sortField}
                  ordering={ordering}
                  onSort={list.setOrdering}
                  isNumeric={column.align === 'end'}
                />
              ) : (
                <Table.ColumnHeader key={column.id} width={column.width} textAlign={column.align}>
                  {column.isHeaderHidden ? <Text srOnly>{column.header}</Text> : column.header}
                </Table.ColumnHeader>
              ),
            )}
          </Table.Row>
        </Table.Header>
        <Table.Body>
          {rows.map((row) => {
            const key = getRowKey(row);
            const href = getRowHref?.(row);
            const context: ListRowContext = {
              isExpanded: expanded.has(key),
              toggleExpanded: () => toggle(key),
              detailsId: `${tableLabel.toLowerCase().replace(/\W+/g, '-')}-details-${String(key)}`,
            };
            const details = context.isExpanded ? renderDetails?.(row) : null;
            return (
              <Fragment key={key}>
                <Table.Row
                  data-testid={rowTestId}
                  cursor={href ? 'pointer' : undefined}
                  onClick={
                    href
                      ? (event) => {
                          if (!isInteractiveTarget(event)) void navigate(href);
                        }
                      : undefined
                  }
                >
                  {selection && (
                    <Table.Cell data-row-select>
                      {(selection.isRowSelectable?.(row) ?? true) && (
                        <RowCheckbox
                          label={selection.rowLabel(row)}
                          checked={selection.state.isSelected(selection.getRowId(row))}
                          onCheckedChange={(checked) =>
                            selection.state.toggle(selection.getRowId(row), checked, selectableIds)
                          }
                        />
                      )}
                    </Table.Cell>
                  )}
                  {columns.map((column) => (
                    <Table.Cell key={column.id} textAlign={column.align} {...column.cellProps}>
                      {column.cell(row, context)}
                    </Table.Cell>
                  ))}
                </Table.Row>
                {details && (
                  <Table.Row id={context.detailsId} bg="bg.subtle">
                    <Table.Cell colSpan={columnCount} py="3" px="6">
                      {details}
                    </Table.Cell>
                  </Table.Row>
                )}
              </Fragment>
            );
          })}
        </Table.Body>
      </Table.Root>
    </Table.ScrollArea>
  );
}

function ListContent<T, F extends string>(props: ListViewProps<T, F>) {
  const { query, list, itemLabel, empty } = props;
  if (query.isPending) {
    return <TableSkeleton rows={props.skeletonRows} label={props.loadingLabel ?? `Loading ${itemLabel}`} />;
  }
  if (query.isError || !query.data) {
    // A page past the end answers 404 (a shared link to page 9 of what is now 3 pages).
    if (toApiError(query.error).status === 404 && list.state.page > 1) {
      return (
        <ErrorPanel
          title="That page is empty"
          message={`There are fewer ${itemLabel} than when the link was made.`}
          onRetry={() => list.setPage(1)}
        />
      );
    }
    return (
      <LoadErrorPanel
        error={query.error}
        subject={props.errorSubject ?? itemLabel}
        onRetry={() => void query.refetch()}
        isRetrying={query.isFetching}
      />
    );
  }
  if (query.data.count === 0) {
    if (isValidElement(empty)) return empty;
    const { icon, filterHint, description } = empty as Pick<ListEmptyStateProps, 'icon' | 'filterHint' | 'description'>;
    return (
      <ListEmptyState
        icon={icon}
        filterHint={filterHint}
        description={description}
        noun={itemLabel}
        hasFilters={list.hasFilters}
        onClearFilters={list.clearFilters}
        createLabel={props.create?.emptyLabel}
        onCreate={props.create?.onClick}
      />
    );
  }
  return (
    <Stack gap="0">
      <ListTable {...props} rows={query.data.results} />
      <PaginationFooter
        page={list.state.page}
        pageSize={list.state.pageSize}
        count={query.data.count}
        onPageChange={list.setPage}
        onPageSizeChange={list.setPageSize}
        itemLabel={itemLabel}
      />
    </Stack>
  );
}

/**
 * A list page (UX: pages): the header with title, count and primary action; a toolbar with a debounced
 * search and filters; a sortable table whose rows open the record; the pagination footer. Loading,
 * empty and error states are the app's own, and the whole view state lives in the URL (`list`).
 */
export function ListView<T, F extends string>(props: ListViewProps<T, F>) {
  const { title, query, countTestId = `${props.itemLabel}-count`, gap = '5', toolbarGap } = props;
  const count = query.data?.count;
  const body = (
    <>
      <ListToolbar {...props} />
      {props.bulkBar}
      <ListContent {...props} />
    </>
  );
  return (
    <Stack gap={gap} maxW={props.maxW}>
      {title !== undefined && (
        <PageHeader
          title={title}
          meta={count === undefined ? undefined : <span data-testid={countTestId}>{count}</span>}
          description={props.description}
          actions={
            (props.actions || props.create) && (
              <>
                {props.actions}
                {props.create && <NewRecordButton onClick={props.create.onClick}>{props.create.label}</NewRecordButton>}
              </>
            )
          }
        />
      )}
      {props.aboveToolbar}
      {toolbarGap === undefined ? body : <Stack gap={toolbarGap}>{body}</Stack>}
      {props.children}
    </Stack>
  );
}

/** The primary "New …" button of a list. */
export function NewRecordButton({ children, ...props }: ButtonProps) {
  return (
    <Button colorPalette="brand" {...props}>
      <LuPlus aria-hidden /> {children}
    </Button>
  );
}

/** A row's main cell: the record's name linking to its page, and a muted line under it. */
export function RecordLinkCell({
  to,
  children,
  subtitle,
  color,
}: {
  to: string;
  children: ReactNode;
  subtitle?: ReactNode;
  color?: string;
}) {
  return (
    <>
      <RouterLink to={to} fontWeight="medium" truncate display="block" color={color}>
        {children}
      </RouterLink>
      {subtitle && (
        <Text textStyle="xs" color="fg.muted" truncate>
          {subtitle}
        </Text>
      )}
    </>
  );
}

/** A cell with no value: a dash, so a missing field reads as missing. */
export function EmptyValue({ children = '—' }: { children?: ReactNode }) {
  return (
    <Text as="span" color="fg.subtle">
      {children}
    </Text>
  );
}

/**
 * A list's create dialog and its "New …" action, offered only to roles that may create `resource`:
 * pass `create` to ListView and open the dialog with `isOpen`.
 */
export function useCreateDialog(resource: Resource, noun: string) {
  const { role } = useSession();
  const [searchParams, setSearchParams] = useSearchParams();
  const mayCreate = can(role, resource, 'create');
  // `?new=1` (the dashboard's first steps) opens the dialog on arrival; the flag then leaves the
  // URL, so a reload or Back does not open it again.
  const [isOpen, setIsOpen] = useState(() => mayCreate && searchParams.get('new') === '1');
  const hasNewFlag = searchParams.has('new');
  useEffect(() => {
    if (!hasNewFlag) return;
    setSearchParams(
      (current) => {
        const next = new URLSearchParams(current);
        next.delete('new');
        return next;
      },
      { replace: true },
    );
  }, [hasNewFlag, setSearchParams]);
  const create = mayCreate
    ? { label: `New ${noun}`, emptyLabel: `Add your first ${noun}`, onClick: () => setIsOpen(true) }
    : undefined;
  return { isOpen, setIsOpen, create };
}
