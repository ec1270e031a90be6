import { describe, expect, it } from 'vitest';
import { applyListUrlChange, listApiParams, parseListUrlState, type ListUrlConfig } from './list-url-state';

const CONFIG: ListUrlConfig<'status'> = {
  orderingFields: ['name', 'created_at'],
  filters: { status: ['active', 'vip'] },
};

const parse = (query: string) => parseListUrlState(new URLSearchParams(query), CONFIG);
const apply = (query: string, change: Parameters<typeof applyListUrlChange<'status'>>[1]) =>
  applyListUrlChange(new URLSearchParams(query), change).toString();

describe('parseListUrlState', () => {
  it('reads search, filter, ordering, page and page size from the query string', () => {
    expect(parse('search=%20ann%20&status=vip&ordering=-name&page=3&page_size=50')).toEqual({
      search: 'ann',
      page: 3,
      pageSize: 50,
      ordering: '-name',
      filters: { status: 'vip' },
    });
  });

  it('drops what the API would refuse: unknown ordering, status or page size, bad page numbers', () => {
    expect(parse('status=deleted&ordering=-password&page=-2&page_size=1000')).toEqual({
      search: '',
      page: 1,
      pageSize: 25,
      ordering: undefined,
      filters: {},
    });
    expect(parse('page=2.5').page).toBe(1);
  });
});

describe('applyListUrlChange', () => {
  it('goes back to page 1 when the search, a filter, the ordering or the page size changes', () => {
    expect(apply('page=4&status=vip', { search: 'globex' })).toBe('status=vip&search=globex');
    expect(apply('page=4', { filters: { status: 'active' } })).toBe('status=active');
    expect(apply('page=4', { ordering: '-created_at' })).toBe('ordering=-created_at');
    expect(apply('page=4', { pageSize: 50 })).toBe('page_size=50');
  });

  it('keeps defaults and cleared values out of the URL, and other parameters in it', () => {
    expect(apply('tab=notes&search=ann&status=vip', { search: '', filters: { status: undefined } })).toBe('tab=notes');
    expect(apply('page_size=50', { pageSize: 25 })).toBe('');
    expect(apply('search=ann', { page: 2 })).toBe('search=ann&page=2');
    expect(apply('search=ann&page=2', { page: 1 })).toBe('search=ann');
  });
});

describe('listApiParams', () => {
  it('always sends page and page size, the rest only when set', () => {
    expect(listApiParams(parse(''))).toEqual({ page: 1, page_size: 25 });
    expect(listApiParams(parse('search=ann&status=vip&ordering=name&page=2'))).toEqual({
      page: 2,
      page_size: 25,
      search: 'ann',
      ordering: 'name',
      status: 'vip',
    });
  });
});
