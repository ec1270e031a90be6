import { DEAL_ORDERING, DEAL_STATES, DEFAULT_PAGE_SIZE } from '@crm/contracts';

export type DealStatusFilter = (typeof DEAL_STATES)[number];
export type DealsView = 'board' | 'table';

/** The table view's state, kept in the URL so a reload or a shared link shows the same rows. */
export interface DealListParams {
  search: string;
  status: DealStatusFilter | undefined;
  /** "field" or "-field" from DEAL_ORDERING; undefined leaves the server's default (newest first). */
  ordering: string | undefined;
  page: number;
  pageSize: number;
}

export const DEAL_PAGE_SIZES = [10, 25, 50, 100] as const;

const isStatus = (value: string | null): value is DealStatusFilter =>
  value !== null && (DEAL_STATES as readonly string[]).includes(value);

const isOrdering = (value: string | null): value is string =>
  value !== null && (DEAL_ORDERING as readonly string[]).includes(value.replace(/^-/, ''));

function positiveInteger(value: string | null): number | undefined {
  if (value === null || !/^\d+$/.test(value)) return undefined;
  const number = Number(value);
  return number >= 1 ? number : undefined;
}

/** Reads the table state from the URL; anything unknown or malformed falls back to the default. */
export function readDealListParams(params: URLSearchParams): DealListParams {
  const pageSize = positiveInteger(params.get('page_size'));
  const status = params.get('status');
  const ordering = params.get('ordering');
  return {
    search: params.get('search')?.trim() ?? '',
    status: isStatus(status) ? status : undefined,
    ordering: isOrdering(ordering) ? ordering : undefined,
    page: positiveInteger(params.get('page')) ?? 1,
    pageSize:
      pageSize !== undefined && (DEAL_PAGE_SIZES as readonly number[]).includes(pageSize)
        ? pageSize
        : DEFAULT_PAGE_SIZE,
  };
}

/**
 * The URL after a change to the table state. A new search, filter, sort or page size starts again
 * at page 1; defaults are left out so links stay short; other parameters (view, pipeline) are kept.
 */
export function writeDealListParams(current: URLSearchParams, changes: Partial<DealListParams>): URLSearchParams {
  const merged: DealListParams = { ...readDealListParams(current), ...changes };
  if (changes.page === undefined) merged.page = 1;
  const next = new URLSearchParams(current);
  const set = (key: string, value: string | undefined) => {
    if (value === undefined || value === '') next.delete(key);
    else next.set(key, value);
  };
  set('search', merged.search.trim());
  set('status', merged.status);
  set('ordering', merged.ordering);
  set('page', merged.page > 1 ? String(merged.page) : undefined);
  set('page_size', merged.pageSize !== DEFAULT_PAGE_SIZE ? String(merged.pageSize) : undefined);
  return next;
}

/** The query string of GET /api/deals/ for the table state. */
export function toDealListQuery(params: DealListParams, pipelineId?: number): Record<string, string | number> {
  return {
    page: params.page,
    page_size: params.pageSize,
    ...(params.search ? { search: params.search } : {}),
    ...(params.status ? { status: params.status } : {}),
    ...(params.ordering ? { ordering: params.ordering } : {}),
    ...(pipelineId !== undefined ? { pipeline: pipelineId } : {}),
  };
}

export function readDealsView(params: URLSearchParams): DealsView {
  return params.get('view') === 'table' ? 'table' : 'board';
}

export function readPipelineId(params: URLSearchParams): number | undefined {
  return positiveInteger(params.get('pipeline'));
}
