import { describe, expect, it } from 'vitest';
import { cleanFilters, isFiltered, readListState, sortOrderOf, sortParam, writeListState } from './listState';

describe('List state in the URL', () => {
  it('reads the filters it knows, the page, the page size and the sort', () => {
    const state = readListState(new URLSearchParams('name=正道&status=Practising&other=x&page=3&pageSize=50&sort=-foundedOn'), [
      'name',
      'status',
      'uscc',
    ]);
    expect(state).toEqual({ filters: { name: '正道', status: 'Practising' }, page: 3, pageSize: 50, sort: '-foundedOn' });
  });

  it('falls back to defaults for missing or malformed numbers and unknown page sizes', () => {
    expect(readListState(new URLSearchParams('page=0&pageSize=7'), [], { defaultSort: 'name' })).toEqual({
      filters: {},
      page: 1,
      pageSize: 20,
      sort: 'name',
    });
    expect(readListState(new URLSearchParams('page=abc&pageSize=1000'), []).pageSize).toBe(20);
  });

  it('writes only what differs from the defaults', () => {
    expect(writeListState({ filters: { name: '正道' }, page: 1, pageSize: 20, sort: 'name' }, { defaultSort: 'name' }).toString()).toBe(
      'name=%E6%AD%A3%E9%81%93',
    );
    expect(writeListState({ filters: {}, page: 2, pageSize: 50, sort: '-name' }).toString()).toBe('sort=-name&page=2&pageSize=50');
  });

  it('applies default filter values the URL leaves out, and leaves them out of the URL again', () => {
    const defaultFilters = { state: 'DeadLettered' };
    expect(readListState(new URLSearchParams('type=X'), ['state', 'type'], { defaultFilters }).filters).toEqual({
      state: 'DeadLettered',
      type: 'X',
    });
    expect(readListState(new URLSearchParams('state=all'), ['state'], { defaultFilters }).filters).toEqual({ state: 'all' });
    expect(writeListState({ filters: { state: 'DeadLettered', type: 'X' }, page: 1, pageSize: 20 }, { defaultFilters }).toString()).toBe('type=X');
    expect(writeListState({ filters: { state: 'all' }, page: 1, pageSize: 20 }, { defaultFilters }).toString()).toBe('state=all');
    expect(isFiltered({ state: 'DeadLettered' }, defaultFilters)).toBe(false);
    expect(isFiltered({ state: 'all' }, defaultFilters)).toBe(true);
    expect(isFiltered({ name: '正道' })).toBe(true);
    expect(isFiltered({})).toBe(false);
  });

  it('maps table sort orders to the API’s sort parameter and back', () => {
    expect(sortParam('foundedOn', 'ascend')).toBe('foundedOn');
    expect(sortParam('foundedOn', 'descend')).toBe('-foundedOn');
    expect(sortParam('foundedOn', null)).toBeUndefined();
    expect(sortOrderOf('foundedOn', '-foundedOn')).toBe('descend');
    expect(sortOrderOf('name', '-foundedOn')).toBeNull();
  });

  it('drops empty form values', () => {
    expect(cleanFilters({ name: '  ', status: undefined, firmId: null, foreignRelated: 'false', uscc: ' 31 ' })).toEqual({
      foreignRelated: 'false',
      uscc: '31',
    });
  });
});
