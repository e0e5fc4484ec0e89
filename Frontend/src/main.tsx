import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter, RouterProvider } from 'react-router';
import { AppProviders } from './app/AppProviders';
import { initI18n } from './app/i18n';
import { createQueryClient } from './app/queryClient';
import { routes } from './app/router';

initI18n();

// Builds before real sign-in kept a "test identity" here; nothing reads it any more.
try {
  window.localStorage.removeItem('lawyerwork.testIdentity');
} catch {
  // Storage unavailable: nothing was kept either.
}

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element.');

createRoot(container).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()}>
      <RouterProvider router={createBrowserRouter(routes)} />
    </AppProviders>
  </StrictMode>,
);
