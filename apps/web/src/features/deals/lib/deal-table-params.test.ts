import { describe, expect, it } from 'vitest';
import { applyListUrlChange, listApiParams, parseListUrlState } from '@/components/ui';
import { DEAL_LIST_CONFIG, readDealsView, readPipelineId } from './deal-table-params';

const url = (query: string) => new URLSearchParams(query);
const read = (query: string | URLSearchParams) =>
  parseListUrlState(typeof query === 'string' ? url(query) : query, DEAL_LIST_CONFIG);
const write = (query: string, change: Parameters<typeof applyListUrlChange<'status'>>[1]) =>
  applyListUrlChange(url(query), change);

describe('the deals table URL state', () => {
  it('reads search, status, ordering, page and page size from the URL', () => {
    expect(read('search=acme&status=won&ordering=-value&page=3&page_size=50')).toEqual({
      search: 'acme',
      filters: { status: 'won' },
      ordering: '-value',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to the defaults for missing or malformed values', () => {
    expect(read('status=maybe&ordering=password&page=-2&page_size=7')).toEqual({
      search: '',
      filters: {},
      ordering: undefined,
      page: 1,
      pageSize: 25,
    });
    expect(read('page=2.5').page).toBe(1);
  });

  it('starts again at page 1 when the search, filter or sort changes', () => {
    const current = 'view=table&page=4&status=open';
    expect(write(current, { search: 'beta' }).toString()).toBe('view=table&status=open&search=beta');
    expect(write(current, { ordering: 'title' }).get('page')).toBeNull();
    expect(write(current, { filters: { status: undefined } }).has('status')).toBe(false);
  });

  it('keeps the page when only the page changes, and leaves defaults out of the URL', () => {
    expect(write('view=table&pipeline=3', { page: 2 }).toString()).toBe('view=table&pipeline=3&page=2');
    expect(write('page=2&page_size=50', { page: 1, pageSize: 25 }).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const written = applyListUrlChange(url(''), {
      search: ' acme ',
      filters: { status: 'lost' },
      ordering: '-expected_close_date',
      pageSize: 100,
    });
    expect(read(written)).toEqual({
      search: 'acme',
      filters: { status: 'lost' },
      ordering: '-expected_close_date',
      page: 1,
      pageSize: 100,
    });
  });

  it('sends only what is set', () => {
    expect(listApiParams(read(''))).toEqual({ page: 1, page_size: 25 });
    expect(listApiParams(read('search=x&status=open&ordering=code&page=2'))).toEqual({
      page: 2,
      page_size: 25,
      search: 'x',
      status: 'open',
      ordering: 'code',
    });
  });
});

describe('view and pipeline', () => {
  it('shows the board unless the table is asked for', () => {
    expect(readDealsView(url('view=table'))).toBe('table');
    expect(readDealsView(url('view=cards'))).toBe('board');
    expect(readDealsView(url(''))).toBe('board');
  });

  it('reads a pipeline id only when it is a positive integer', () => {
    expect(readPipelineId(url('pipeline=12'))).toBe(12);
    expect(readPipelineId(url('pipeline=abc'))).toBeUndefined();
    expect(readPipelineId(url('pipeline=0'))).toBeUndefined();
  });
});
