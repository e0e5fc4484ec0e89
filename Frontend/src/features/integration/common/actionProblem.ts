import type { TFunction } from 'i18next';
import { ApiError } from '../../../shared/api/client';
import { describeError } from '../../../shared/ui/describeError';

/**
 * What to tell the administrator, in one message, when a confirmed action (redeliver, pause, resume,
 * rotate a secret) is refused: a conflict (409, e.g. `already-pending`) in the host's words; a stale
 * version (412: changed since it was read, by someone else or by the dispatcher) as "changed
 * meanwhile, now shown as stored"; anything else as any failed request.
 */
export function actionProblem(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.problem.status === 409) return error.problem.detail ?? error.problem.title;
    if (error.problem.status === 412) return t('integration.changedMeanwhile');
  }
  const { title, detail } = describeError(error, t);
  return detail ?? title;
}
