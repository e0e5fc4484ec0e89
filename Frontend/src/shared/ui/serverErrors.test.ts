import { describe, expect, it } from 'vitest';
import { ApiError } from '../api/problem';
import { classifySubmitError, toNamePath } from './serverErrors';

const problem = (status: number, extra: object = {}) =>
  new ApiError({ type: 'about:blank', title: 't', status, ...extra }, true);

describe('Server errors on forms', () => {
  it('turn the server’s field names into form name paths', () => {
    expect(toNamePath('uscc')).toEqual(['uscc']);
    expect(toNamePath('codes[1]')).toEqual(['codes', 1]);
    expect(toNamePath('address.line1')).toEqual(['address', 'line1']);
  });

  it('sort a failure by what the form should do about it', () => {
    expect(classifySubmitError(problem(400, { errors: { uscc: ['bad'] } })).kind).toBe('fields');
    expect(classifySubmitError(problem(409, { detail: 'taken' })).kind).toBe('conflict');
    expect(classifySubmitError(problem(412)).kind).toBe('stale');
    expect(classifySubmitError(new TypeError('Failed to fetch')).kind).toBe('other');
  });
});
