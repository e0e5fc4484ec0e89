import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { daysIn, lastDays, rangeProblem } from './reconciliationRange';

const day = (text: string) => dayjs(text, 'YYYY-MM-DD');

describe('Reconciliation ranges', () => {
  it('default to the last 31 days, today included', () => {
    const { from, to } = lastDays(day('2026-03-02'));
    expect(from.format('YYYY-MM-DD')).toBe('2026-01-31');
    expect(to.format('YYYY-MM-DD')).toBe('2026-03-02');
    expect(daysIn(from, to)).toBe(31);
  });

  it('accept one day up to 31, and refuse a reversed range or a longer one', () => {
    expect(rangeProblem(day('2026-11-25'), day('2026-11-25'))).toBeUndefined();
    expect(rangeProblem(day('2026-11-01'), day('2026-12-01'))).toBeUndefined();
    expect(rangeProblem(day('2026-11-01'), day('2026-12-02'))).toBe('span');
    expect(rangeProblem(day('2026-11-02'), day('2026-11-01'))).toBe('order');
    expect(rangeProblem(undefined, day('2026-11-01'))).toBeUndefined();
  });
});
