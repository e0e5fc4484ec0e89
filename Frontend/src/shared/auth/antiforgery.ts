/**
 * Antiforgery for the session cookie (docs/security.md): the host sets a readable `XSRF-TOKEN`
 * cookie (GET /api/auth/antiforgery, and anew at sign-in and at 2FA activation, because the token is
 * bound to the user); every unsafe /api request must echo its value as `X-XSRF-TOKEN`. The cookie
 * is read at request time, never cached, so a re-issued token is always the one sent.
 */
export const antiforgeryCookie = 'XSRF-TOKEN';
export const antiforgeryHeader = 'X-XSRF-TOKEN';
export const antiforgeryPath = '/api/auth/antiforgery';

/** The current XSRF-TOKEN cookie's value, if the host has set one. */
export function readAntiforgeryToken(): string | undefined {
  for (const part of document.cookie.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === antiforgeryCookie) {
      const value = rest.join('=');
      try {
        return decodeURIComponent(value) || undefined;
      } catch {
        return value || undefined;
      }
    }
  }
  return undefined;
}

let pending: Promise<void> | undefined;

/**
 * Asks the host for a fresh token (it arrives as the cookie). Concurrent callers share one request.
 * Uses fetch directly: this call must not pass through the API client's own middleware.
 */
export function refreshAntiforgeryToken(): Promise<void> {
  pending ??= globalThis
    .fetch(new Request(new URL(antiforgeryPath, window.location.href), { method: 'GET', credentials: 'same-origin' }))
    .then((response) => {
      if (!response.ok) throw new Error(`GET ${antiforgeryPath} answered ${response.status}`);
    })
    .finally(() => {
      pending = undefined;
    });
  return pending;
}

/** The token to send now: the cookie's, or (when there is none yet) a freshly issued one. */
export async function antiforgeryToken(): Promise<string | undefined> {
  const current = readAntiforgeryToken();
  if (current) return current;
  await refreshAntiforgeryToken();
  return readAntiforgeryToken();
}

/** GET, HEAD and OPTIONS are safe; everything else carries the token. */
export const isUnsafeMethod = (method: string) => !['GET', 'HEAD', 'OPTIONS'].includes(method.toUpperCase());
