import { describe, expect, it } from 'vitest';
import { fileNameFromContentDisposition } from './download';

describe('Download file names', () => {
  it('prefer RFC 6266 filename*', () => {
    expect(
      fileNameFromContentDisposition(
        "attachment; filename*=UTF-8''%E5%BE%8B%E5%B8%88-20261125.csv; filename=%E5%BE%8B%E5%B8%88-20261125.csv",
        'x.csv',
      ),
    ).toBe('律师-20261125.csv');
  });

  it('read a plain or quoted filename', () => {
    expect(fileNameFromContentDisposition('attachment; filename="firms.csv"', 'x.csv')).toBe('firms.csv');
    expect(fileNameFromContentDisposition('attachment; filename=%E5%BE%8B.csv', 'x.csv')).toBe('律.csv');
  });

  it('fall back without a header', () => {
    expect(fileNameFromContentDisposition(null, 'firms.csv')).toBe('firms.csv');
    expect(fileNameFromContentDisposition('inline', 'firms.csv')).toBe('firms.csv');
  });
});
