import type { TFunction } from 'i18next';
import { ApiError } from '../api/problem';

export interface ErrorDescription {
  title: string;
  detail?: string;
  traceId?: string;
}

/** What to tell the user about a failed request: the server's own words when it sent a problem. */
export function describeError(error: unknown, t: TFunction): ErrorDescription {
  if (error instanceof ApiError) {
    if (error.isProblemDocument) {
      return { title: error.problem.title, detail: error.problem.detail, traceId: error.problem.traceId };
    }
    return { title: t('state.errorTitle'), detail: t('state.unexpectedError', { status: error.problem.status }) };
  }
  return { title: t('state.errorTitle'), detail: t('state.networkError') };
}
