import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import { toApiError } from './problem';
import type { paths } from './schema';

export type { components, paths } from './schema';
export { ApiError, type ProblemDetails } from './problem';

/** The host localises problem titles and details; it follows the language the user chose here. */
const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18next.resolvedLanguage ?? i18next.language ?? 'zh-CN');
    return request;
  },
};

/**
 * The typed client for the host's API. The SPA is served by the host itself, so paths are
 * relative (baseUrl ''); in development Vite proxies /api to the host.
 */
export const apiClient = createClient<paths>({
  baseUrl: '',
  // Looked up on every call rather than captured once, so a fetch installed later
  // (a polyfill, a test double) is the one used.
  fetch: (request) => globalThis.fetch(request),
});
apiClient.use(acceptLanguage);

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/**
 * Awaits an apiClient call and returns its data, or throws an ApiError (with the response's
 * ProblemDetails) for any non-success status. Network failures and aborts propagate unchanged.
 */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) {
    throw toApiError(error, response);
  }
  return data as T;
}
