import type { UseQueryResult } from '@tanstack/react-query';
import { Button, Empty, Result, Space, Spin, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../api/problem';
import { describeError } from './describeError';
import { Forbidden } from './Forbidden';

interface QueryStateProps<T> {
  query: UseQueryResult<T>;
  /** When the loaded data counts as "nothing to show". */
  isEmpty?: (data: T) => boolean;
  /** Shown instead of the generic "no data" text. */
  emptyDescription?: ReactNode;
  children: (data: T) => ReactNode;
}

/**
 * The loading, error (with retry; 403 as the no-access page) and empty states every page needs,
 * around the page's content.
 * Once data has loaded, a failed background refetch keeps showing it.
 */
export function QueryState<T>({ query, isEmpty, emptyDescription, children }: QueryStateProps<T>) {
  const { t } = useTranslation();

  if (query.isPending) {
    return (
      <div role="status" aria-live="polite" style={{ padding: 48, textAlign: 'center' }}>
        <Spin description={t('state.loading')}>
          <div style={{ minHeight: 48 }} />
        </Spin>
      </div>
    );
  }

  if (query.isError && query.data === undefined) {
    if (query.error instanceof ApiError && query.error.problem.status === 403) return <Forbidden />;
    if (query.error instanceof ApiError && query.error.problem.status === 404) {
      // The host answers 404 both for a record that does not exist and for one outside the caller's scope.
      return (
        <Result
          status="404"
          title={t('state.notFound')}
          subTitle={t('state.notFoundHint')}
          extra={
            <Button type="primary" onClick={() => window.history.back()}>
              {t('state.back')}
            </Button>
          }
        />
      );
    }
    const { title, detail, traceId } = describeError(query.error, t);
    return (
      <Result
        status="error"
        title={title}
        subTitle={
          <Space orientation="vertical" size={4}>
            {detail && <span>{detail}</span>}
            {traceId && (
              <Typography.Text type="secondary" copyable={{ text: traceId }}>
                {t('state.traceId', { traceId })}
              </Typography.Text>
            )}
          </Space>
        }
        extra={
          <Button type="primary" loading={query.isFetching} onClick={() => void query.refetch()}>
            {t('state.retry')}
          </Button>
        }
      />
    );
  }

  const data = query.data as T;
  if (isEmpty?.(data)) {
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={emptyDescription ?? t('state.empty')} />;
  }
  return <>{children(data)}</>;
}
