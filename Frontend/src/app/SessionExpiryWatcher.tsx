import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef } from 'react';
import { Outlet, useLocation, useNavigate } from 'react-router';
import { sessionKeys } from '../shared/auth/session';
import { onUnauthorized } from '../shared/auth/sessionEvents';
import { signInPath, signInRoute } from '../shared/auth/signInPath';

/**
 * Listens for the API client's 401s. When a session was known, it has expired: the user signs in
 * again, coming back to this page (the sign-in page drops everything cached for the old session).
 * (Without a known session the staff pages' gate sends people to sign in itself.)
 */
export function SessionExpiryWatcher() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const location = useLocation();
  const here = useRef('');
  here.current = `${location.pathname}${location.search}${location.hash}`;

  useEffect(
    () =>
      onUnauthorized(() => {
        if (queryClient.getQueryData(sessionKeys.current) === undefined) return;
        if (here.current === signInRoute || here.current.startsWith(`${signInRoute}?`)) return;
        void queryClient.cancelQueries();
        // The sign-in page drops the cache once the staff pages are gone (nothing on screen then asks again).
        void navigate(signInPath(here.current, 'expired'), { replace: true });
      }),
    [queryClient, navigate],
  );

  return null;
}

/** The root of every route: the 401 watcher, then the page's own layout. */
export function RootLayout() {
  return (
    <>
      <SessionExpiryWatcher />
      <Outlet />
    </>
  );
}
