import type { Dayjs } from 'dayjs';

/** The host compares at most this many days at once (ReconcileValidator), and lists the last 31 by default. */
export const maxReconcileDays = 31;

/** The last `days` days up to and including `today` (the ledger's default, as the host's). */
export function lastDays(today: Dayjs, days = maxReconcileDays): { from: Dayjs; to: Dayjs } {
  return { from: today.subtract(days - 1, 'day'), to: today };
}

/** How many calendar days a range covers, both ends included. */
export const daysIn = (from: Dayjs, to: Dayjs): number => to.startOf('day').diff(from.startOf('day'), 'day') + 1;

/** Why a range may not be compared ('order': ends before it starts; 'span': more than the host takes), or undefined when it may. */
export function rangeProblem(from: Dayjs | null | undefined, to: Dayjs | null | undefined, maxDays = maxReconcileDays): 'order' | 'span' | undefined {
  if (!from || !to) return undefined;
  const days = daysIn(from, to);
  if (days < 1) return 'order';
  return days > maxDays ? 'span' : undefined;
}
