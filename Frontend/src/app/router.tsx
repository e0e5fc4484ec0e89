import { Navigate, type RouteObject } from 'react-router';
import { FirmDetailPage } from '../features/registry/firms/FirmDetailPage';
import { FirmCreatePage, FirmEditPage } from '../features/registry/firms/FirmFormPages';
import { FirmListPage } from '../features/registry/firms/FirmListPage';
import { LawyerDetailPage } from '../features/registry/lawyers/LawyerDetailPage';
import { LawyerCreatePage, LawyerEditPage } from '../features/registry/lawyers/LawyerFormPages';
import { LawyerListPage } from '../features/registry/lawyers/LawyerListPage';
import { PublicLookupPage } from '../features/registry/lookup/PublicLookupPage';
import { RegionsPage } from '../features/registry/regions/RegionsPage';
import { AppLayout } from './layout/AppLayout';
import { PublicLayout } from './layout/PublicLayout';
import { homePath } from './navigation';
import { NotFoundPage } from './NotFoundPage';
import { RouteErrorPage } from './RouteErrorPage';

/**
 * Every client route. The host answers unknown non-API paths with index.html, so deep links
 * and reloads land here; `*` catches what no page claims. Public pages (no sign-in, no staff
 * menu) live under /public in their own layout.
 */
export const routes: RouteObject[] = [
  {
    path: '/public',
    element: <PublicLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to="/public/lookup" replace /> },
      { path: 'lookup', element: <PublicLookupPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
  {
    path: '/',
    element: <AppLayout />,
    errorElement: <RouteErrorPage />,
    children: [
      { index: true, element: <Navigate to={homePath} replace /> },
      { path: 'registry/regions', element: <RegionsPage /> },
      { path: 'registry/firms', element: <FirmListPage /> },
      { path: 'registry/firms/new', element: <FirmCreatePage /> },
      { path: 'registry/firms/:id', element: <FirmDetailPage /> },
      { path: 'registry/firms/:id/edit', element: <FirmEditPage /> },
      { path: 'registry/lawyers', element: <LawyerListPage /> },
      { path: 'registry/lawyers/new', element: <LawyerCreatePage /> },
      { path: 'registry/lawyers/:id', element: <LawyerDetailPage /> },
      { path: 'registry/lawyers/:id/edit', element: <LawyerEditPage /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
