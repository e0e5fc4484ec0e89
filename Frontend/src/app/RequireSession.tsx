import { Button, Flex, Result, Spin } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Outlet, useLocation } from 'react-router';
import { isUnauthenticated, useSession } from '../shared/auth/session';
import { signInPath } from '../shared/auth/signInPath';
import { describeError } from '../shared/ui/describeError';

export const twoFactorEnrolmentPath = '/account/two-factor';

/**
 * The gate of the staff pages: nobody signed in → the sign-in page (coming back here afterwards);
 * an administrator or auditor who has not set up a second factor yet → the enrolment page, and
 * nothing else, until they have.
 */
export function RequireSession() {
  const { t } = useTranslation();
  const session = useSession();
  const location = useLocation();
  const here = `${location.pathname}${location.search}${location.hash}`;

  if (session.isPending) {
    return (
      <Flex role="status" aria-live="polite" justify="center" align="center" style={{ minHeight: '100vh' }}>
        <Spin description={t('session.checking')}>
          <div style={{ width: 200, minHeight: 48 }} />
        </Spin>
      </Flex>
    );
  }

  if (session.isError && session.data === undefined) {
    if (isUnauthenticated(session.error)) return <Navigate to={signInPath(here)} replace />;
    const { title, detail } = describeError(session.error, t);
    return (
      <Result
        status="error"
        title={title}
        subTitle={detail}
        extra={
          <Button type="primary" loading={session.isFetching} onClick={() => void session.refetch()}>
            {t('state.retry')}
          </Button>
        }
      />
    );
  }

  if (session.data?.twoFactorEnrolmentRequired && location.pathname !== twoFactorEnrolmentPath) {
    return <Navigate to={`${twoFactorEnrolmentPath}?returnTo=${encodeURIComponent(here)}`} replace />;
  }

  return <Outlet />;
}
