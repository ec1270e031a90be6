import { useCallback, useMemo, useRef } from 'react';
import { useSearchParams } from 'react-router';
import { PAGE_SIZE_OPTIONS } from './pagination-footer';

export const DEFAULT_LIST_PAGE_SIZE = 25;

/** A filter's allowed values, or a check for filters whose values are open (an id, a date, free text). */
export type ListUrlFilterRule = readonly string[] | ((value: string) => boolean);

/** What a list page keeps in its URL: the allowed ordering fields and each filter's allowed values. */
export interface ListUrlConfig<F extends string> {
  orderingFields: readonly string[];
  filters: { readonly [K in F]: ListUrlFilterRule };
}

function isAllowedFilterValue(rule: ListUrlFilterRule, value: string): boolean {
  return typeof rule === 'function' ? rule(value) : rule.includes(value);
}

export interface ListUrlState<F extends string> {
  search: string;
  page: number;
  pageSize: number;
  /** "field" ascending, "-field" descending, undefined for the API's default order. */
  ordering: string | undefined;
  filters: Partial<Record<F, string>>;
}

export type ListUrlChange<F extends string> = Partial<Omit<ListUrlState<F>, 'filters'>> & {
  filters?: Partial<Record<F, string | undefined>>;
};

function positiveInteger(raw: string | null): number | undefined {
  if (raw === null || !/^\d+$/.test(raw)) return undefined;
  const value = Number(raw);
  return value >= 1 ? value : undefined;
}

/**
 * Reads the list's state from the query string. Anything a hand-edited or stale link carries that the
 * API would refuse (an unknown ordering, a status that does not exist) is dropped, not sent.
 */
export function parseListUrlState<F extends string>(
  params: URLSearchParams,
  config: ListUrlConfig<F>,
): ListUrlState<F> {
  const ordering = params.get('ordering') ?? '';
  const pageSize = positiveInteger(params.get('page_size'));
  const filters: Partial<Record<F, string>> = {};
  for (const key of Object.keys(config.filters) as F[]) {
    const value = params.get(key);
    if (value !== null && isAllowedFilterValue(config.filters[key], value)) filters[key] = value;
  }
  return {
    search: (params.get('search') ?? '').trim(),
    page: positiveInteger(params.get('page')) ?? 1,
    pageSize:
      pageSize !== undefined && (PAGE_SIZE_OPTIONS as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_LIST_PAGE_SIZE,
    ordering: config.orderingFields.includes(ordering.replace(/^-/, '')) ? ordering : undefined,
    filters,
  };
}

function setOrDelete(params: URLSearchParams, key: string, value: string | undefined) {
  if (value === undefined || value === '') params.delete(key);
  else params.set(key, value);
}

/**
 * The query string after a change. Defaults stay out of the URL; any change other than the page
 * itself goes back to page 1, since the old page number means nothing in a new result set.
 */
export function applyListUrlChange<F extends string>(
  params: URLSearchParams,
  change: ListUrlChange<F>,
): URLSearchParams {
  const next = new URLSearchParams(params);
  if ('search' in change) setOrDelete(next, 'search', change.search?.trim());
  if ('ordering' in change) setOrDelete(next, 'ordering', change.ordering);
  if ('pageSize' in change) {
    const size = change.pageSize;
    setOrDelete(next, 'page_size', size === undefined || size === DEFAULT_LIST_PAGE_SIZE ? undefined : String(size));
  }
  for (const [key, value] of Object.entries<string | undefined>(change.filters ?? {})) {
    setOrDelete(next, key, value);
  }
  if (change.page !== undefined) setOrDelete(next, 'page', change.page > 1 ? String(change.page) : undefined);
  else next.delete('page');
  return next;
}

/** The list request's parameters: page and page size always, the rest only when set. */
export function listApiParams<F extends string>(state: ListUrlState<F>): Record<string, string | number> {
  const params: Record<string, string | number> = { page: state.page, page_size: state.pageSize };
  if (state.search) params.search = state.search;
  if (state.ordering) params.ordering = state.ordering;
  for (const [key, value] of Object.entries<string | undefined>(state.filters)) {
    if (value) params[key] = value;
  }
  return params;
}

/**
 * Search, filters, ordering and page of a list page, kept in the URL so a reload or a shared link
 * shows the same view. `config` must be a module constant (it is a dependency of the memo).
 */
/** A list's API params without paging and ordering: what a bulk action or an export applies to. */
export function listFilterParams(params: Record<string, string | number>): Record<string, string | number> {
  const { page: _page, page_size: _size, ordering: _ordering, ...filter } = params;
  return filter;
}

export function useListUrlState<F extends string>(config: ListUrlConfig<F>) {
  const [searchParams, setSearchParams] = useSearchParams();
  const state = useMemo(() => parseListUrlState(searchParams, config), [searchParams, config]);

  // The params as last written: React Router's functional update reads those of the last render,
  // so a filter chosen before the page re-rendered after a search would drop the search.
  const latest = useRef(searchParams);
  latest.current = searchParams;

  // Typing a search replaces the history entry: Back should leave the list, not undo keystrokes.
  const update = useCallback(
    (change: ListUrlChange<F>, options: { replace?: boolean } = {}) => {
      const next = applyListUrlChange(latest.current, change);
      latest.current = next;
      setSearchParams(next, { replace: options.replace ?? false });
    },
    [setSearchParams],
  );

  const filterKeys = Object.keys(config.filters) as F[];
  const hasFilters = state.search !== '' || filterKeys.some((key) => state.filters[key] !== undefined);

  return {
    state,
    apiParams: listApiParams(state),
    hasFilters,
    setSearch: (search: string) => update({ search }, { replace: true }),
    setFilter: (key: F, value: string | undefined) =>
      update({ filters: { [key]: value } as Partial<Record<F, string>> }),
    setOrdering: (ordering: string | undefined) => update({ ordering }),
    setPage: (page: number) => update({ page }),
    setPageSize: (pageSize: number) => update({ pageSize }),
    clearFilters: () =>
      update({
        search: '',
        filters: Object.fromEntries(filterKeys.map((key) => [key, undefined])) as Partial<Record<F, string>>,
      }),
  };
}
