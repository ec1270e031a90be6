import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type Paginated } from '@crm/contracts';
import { AppError } from './errors.js';

export interface PageRequest {
  page: number;
  pageSize: number;
  limit: number;
  offset: number;
}

/** `?page=` is 1-based; a bad page number is a 404 as in DRF; `?page_size=` is clamped to 1…100. */
export function parsePage(query: { page?: string; page_size?: string }): PageRequest {
  const page = query.page === undefined || query.page === '' ? 1 : Number(query.page);
  if (!Number.isInteger(page) || page < 1) throw new AppError('not_found', 'Invalid page.');
  let pageSize = query.page_size === undefined || query.page_size === '' ? DEFAULT_PAGE_SIZE : Number(query.page_size);
  if (!Number.isInteger(pageSize) || pageSize < 1) pageSize = DEFAULT_PAGE_SIZE;
  pageSize = Math.min(pageSize, MAX_PAGE_SIZE);
  return { page, pageSize, limit: pageSize, offset: (page - 1) * pageSize };
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
  if (page.page > 1 && page.offset >= count) throw new AppError('not_found', 'Invalid page.');
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
