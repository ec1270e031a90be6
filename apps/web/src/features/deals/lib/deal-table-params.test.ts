import { describe, expect, it } from 'vitest';
import {
  readDealListParams,
  readDealsView,
  readPipelineId,
  toDealListQuery,
  writeDealListParams,
} from './deal-table-params';

const url = (query: string) => new URLSearchParams(query);

describe('readDealListParams', () => {
  it('reads search, status, ordering, page and page size from the URL', () => {
    expect(readDealListParams(url('search=acme&status=won&ordering=-value&page=3&page_size=50'))).toEqual({
      search: 'acme',
      status: 'won',
      ordering: '-value',
      page: 3,
      pageSize: 50,
    });
  });

  it('falls back to the defaults for missing or malformed values', () => {
    expect(readDealListParams(url('status=maybe&ordering=password&page=-2&page_size=7'))).toEqual({
      search: '',
      status: undefined,
      ordering: undefined,
      page: 1,
      pageSize: 25,
    });
    expect(readDealListParams(url('page=2.5')).page).toBe(1);
  });
});

describe('writeDealListParams', () => {
  it('starts again at page 1 when the search, filter or sort changes', () => {
    const current = url('view=table&page=4&status=open');
    expect(writeDealListParams(current, { search: 'beta' }).toString()).toBe('view=table&status=open&search=beta');
    expect(writeDealListParams(current, { ordering: 'title' }).get('page')).toBeNull();
    expect(writeDealListParams(current, { status: undefined }).has('status')).toBe(false);
  });

  it('keeps the page when only the page changes, and leaves defaults out of the URL', () => {
    expect(writeDealListParams(url('view=table&pipeline=3'), { page: 2 }).toString()).toBe(
      'view=table&pipeline=3&page=2',
    );
    expect(writeDealListParams(url('page=2&page_size=50'), { page: 1, pageSize: 25 }).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const written = writeDealListParams(url(''), {
      search: ' acme ',
      status: 'lost',
      ordering: '-expected_close_date',
      pageSize: 100,
    });
    expect(readDealListParams(written)).toEqual({
      search: 'acme',
      status: 'lost',
      ordering: '-expected_close_date',
      page: 1,
      pageSize: 100,
    });
  });
});

describe('toDealListQuery', () => {
  it('sends only what is set, plus the pipeline', () => {
    expect(toDealListQuery(readDealListParams(url('')), 5)).toEqual({ page: 1, page_size: 25, pipeline: 5 });
    expect(toDealListQuery(readDealListParams(url('search=x&status=open&ordering=code&page=2')))).toEqual({
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
