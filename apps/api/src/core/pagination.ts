import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Paginated } from '@crm/contracts';
import { AppError } from './errors.js';

export interface PageRequest {
  page: number;
  pageSize: number;
  limit: number;
  offset: number;
}

/**
 * No list holds more than 2³¹ rows, so a larger page number is past the end whatever the data:
 * refused before the offset can overflow a database integer.
 */
const MAX_PAGE = 2 ** 31 - 1;

/** A page number as written in the URL: digits only (`1e3`, `0x10`, `1.0` name no page). */
export function parsePageNumber(raw: string | undefined): number {
  if (raw === undefined || raw === '') return 1;
  const page = /^\d{1,10}$/.test(raw) ? Number(raw) : NaN;
  if (!(page >= 1 && page <= MAX_PAGE)) throw new AppError('not_found', 'Invalid page.');
  return page;
}

/** `?page=` is 1-based; a bad page number is a 404 as in DRF; `?page_size=` is clamped to 1…100. */
export function parsePage(query: { page?: string; page_size?: string }): PageRequest {
  const page = parsePageNumber(query.page);
  const requested = /^\d{1,4}$/.test(query.page_size ?? '') ? Number(query.page_size) : DEFAULT_PAGE_SIZE;
  const pageSize = Math.min(Math.max(requested, 1), MAX_PAGE_SIZE);
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
}

/** Past the last page (page 1 of an empty list excepted): 404, as DRF answers. */
export function assertPageExists(page: number, offset: number, count: number): void {
  if (page > 1 && offset >= count) throw new AppError('not_found', 'Invalid page.');
}

/**
 * Wraps one page of results in `{count, next, previous, results}`. Links are absolute and built from
 * PUBLIC_URL, never from the request's Host header.
 */
export function toPage<T>(
  results: T[],
  count: number,
  page: PageRequest,
  publicUrl: string,
  requestUrl: string,
): Paginated<T> {
  assertPageExists(page.page, page.offset, count);
  const link = (target: number): string => {
    const url = new URL(requestUrl, 'http://placeholder');
    if (target === 1) url.searchParams.delete('page');
    else url.searchParams.set('page', String(target));
    return `${publicUrl}${url.pathname}${url.search}`;
  };
  return {
    count,
    next: page.offset + results.length < count ? link(page.page + 1) : null,
    previous: page.page > 1 ? link(page.page - 1) : null,
    results,
  };
}
