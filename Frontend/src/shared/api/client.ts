import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import { testIdentityHeaders } from '../auth/testIdentity';
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
 * Until sign-in exists, the host (in Development and Testing only) takes the caller's role and data
 * scope from test headers; production ignores them. See shared/auth/testIdentity.ts.
 */
const testIdentity: Middleware = {
  onRequest({ request }) {
    const path = new URL(request.url, window.location.href).pathname;
    // The public look-up is anonymous by design: it never names a caller.
    if (path.startsWith('/api/') && !path.startsWith('/api/public/')) {
      for (const [name, value] of Object.entries(testIdentityHeaders())) request.headers.set(name, value);
    }
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
apiClient.use(acceptLanguage, testIdentity);

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

/** A record and the ETag it was read with (its `version`, quoted): what If-Match must name. */
export interface Versioned<T> {
  data: T;
  etag: string;
}

/** Like unwrap, and also returns the response's ETag (GET of one record, PUT, state changes, create). */
export async function unwrapVersioned<T extends { version: number }>(call: Promise<ClientResult<T>>): Promise<Versioned<T>> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) {
    throw toApiError(error, response);
  }
  const record = data as T;
  // The host always sends the ETag; the body's version is the same number, so fall back to it.
  return { data: record, etag: response.headers.get('ETag') ?? `"${record.version}"` };
}

/** A fresh key for one form submission; an automatic retry of that submission reuses it. */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}-${Math.random().toString(16).slice(2)}`;
}
