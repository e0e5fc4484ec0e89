import { Navigate, type RouteObject } from 'react-router';
import { RegionsPage } from '../features/registry/regions/RegionsPage';
import { AppLayout } from './layout/AppLayout';
import { homePath } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Every client route. The host answers unknown non-API paths with index.html, so deep links
 * and reloads land here; `*` catches what no page claims.
 */
export const routes: RouteObject[] = [
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to={homePath} replace /> },
      { path: 'registry/regions', element: <RegionsPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
