import i18next from 'i18next';
import createClient, { type Middleware } from 'openapi-fetch';
import {
  antiforgeryHeader,
  antiforgeryToken,
  isUnsafeMethod,
  readAntiforgeryToken,
  refreshAntiforgeryToken,
} from '../auth/antiforgery';
import { isSessionIndependent, notifyUnauthorized } from '../auth/sessionEvents';
import { toApiError } from './problem';
import type { paths } from './schema';

export type { components, paths } from './schema';
export { ApiError, type ProblemDetails } from './problem';

const pathOf = (request: Request) => new URL(request.url, window.location.href).pathname;

/** The host localises problem titles and details; it follows the language the user chose here. */
const acceptLanguage: Middleware = {
  onRequest({ request }) {
    request.headers.set('Accept-Language', i18next.resolvedLanguage ?? i18next.language ?? 'zh-CN');
    return request;
  },
};

/** Copies of unsafe requests (by openapi-fetch's request id), for the one retry with a fresh token. */
const retryable = new Map<string, Request>();

async function isAntiforgeryFailure(response: Response): Promise<boolean> {
  if (response.status !== 400) return false;
  try {
    const body: unknown = await response.clone().json();
    return typeof body === 'object' && body !== null && (body as { code?: unknown }).code === 'antiforgery-token-invalid';
  } catch {
    return false;
  }
}

/**
 * Every unsafe /api request echoes the XSRF-TOKEN cookie as X-XSRF-TOKEN (fetching a token first
 * when there is none). A token bound to somebody else (the session ended, another person signed in
 * in another tab) is refused with 400 `antiforgery-token-invalid`: then a fresh token is fetched and
 * the request is sent once more.
 */
const antiforgery: Middleware = {
  async onRequest({ request, id }) {
    if (!pathOf(request).startsWith('/api/') || !isUnsafeMethod(request.method)) return undefined;
    const token = await antiforgeryToken();
    if (token) request.headers.set(antiforgeryHeader, token);
    retryable.set(id, request.clone());
    return request;
  },
  async onResponse({ response, id }) {
    const copy = retryable.get(id);
    retryable.delete(id);
    if (!copy || !(await isAntiforgeryFailure(response))) return undefined;
    await refreshAntiforgeryToken();
    const token = readAntiforgeryToken();
    if (token) copy.headers.set(antiforgeryHeader, token);
    return globalThis.fetch(copy);
  },
  onError({ id }) {
    retryable.delete(id);
  },
};

/** A 401 from a call that needs a session means the session has ended: the app sends the user to sign in. */
const sessionExpiry: Middleware = {
  onResponse({ request, response }) {
    const path = pathOf(request);
    if (response.status === 401 && path.startsWith('/api/') && !isSessionIndependent(path)) {
      notifyUnauthorized({ path });
    }
    return undefined;
  },
};

/**
 * The typed client for the host's API. The SPA is served by the host itself, so paths are
 * relative (baseUrl '') and the session cookie goes along (same origin); in development Vite
 * proxies /api to the host.
 */
export const apiClient = createClient<paths>({
  baseUrl: '',
  credentials: 'same-origin',
  // Looked up on every call rather than captured once, so a fetch installed later
  // (a polyfill, a test double) is the one used.
  fetch: (request) => globalThis.fetch(request),
});
// Responses pass the middleware in reverse order: the antiforgery retry happens before the 401 check sees the answer.
apiClient.use(acceptLanguage, sessionExpiry, antiforgery);

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

/** The ETag a record stands for: its version, quoted (what If-Match names; a row of a list has no ETag header of its own). */
export const etagOf = (record: { version: number }) => `"${record.version}"`;

/**
 * Like unwrap, and also returns the response's ETag, for an answer whose version is not at its top
 * (a record wrapped with more: a subscription with its one-time secret, a delivery with its body).
 */
export async function unwrapWithETag<T>(call: Promise<ClientResult<T>>, versionOf: (answer: T) => number): Promise<Versioned<T>> {
  const { data, error, response } = await call;
  if (!response.ok || error !== undefined) {
    throw toApiError(error, response);
  }
  const answer = data as T;
  // The host always sends the ETag; the body's version is the same number, so fall back to it.
  return { data: answer, etag: response.headers.get('ETag') ?? etagOf({ version: versionOf(answer) }) };
}

/** Like unwrap, and also returns the response's ETag (GET of one record, PUT, state changes, create). */
export function unwrapVersioned<T extends { version: number }>(call: Promise<ClientResult<T>>): Promise<Versioned<T>> {
  return unwrapWithETag(call, (record) => record.version);
}

/** A fresh key for one form submission; an automatic retry of that submission reuses it. */
export function newIdempotencyKey(): string {
  if (typeof globalThis.crypto?.randomUUID === 'function') return globalThis.crypto.randomUUID();
  return `${Date.now().toString(16)}-${Math.random().toString(16).slice(2)}-${Math.random().toString(16).slice(2)}`;
}

/** A create's retry policy: only a failed connection is retried, once (with the same Idempotency-Key); an answer never is. */
export const retryNetworkFailureOnce = (failureCount: number, error: unknown) => error instanceof TypeError && failureCount < 1;
