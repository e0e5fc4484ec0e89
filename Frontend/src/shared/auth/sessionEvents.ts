/**
 * The API client's word to the app that the host answered 401: the session (an HttpOnly cookie the
 * SPA cannot see) has ended. The app decides what that means (shell/SessionExpiryWatcher): sign in again.
 */
export interface UnauthorizedEvent {
  /** The API path that was refused. */
  path: string;
}

type Listener = (event: UnauthorizedEvent) => void;
const listeners = new Set<Listener>();

export function onUnauthorized(listener: Listener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}

export function notifyUnauthorized(event: UnauthorizedEvent): void {
  listeners.forEach((listener) => listener(event));
}

/**
 * A 401 from these is not a lost session: sign-in answers 401 for a wrong password or code, and
 * the anonymous endpoints never ask for one.
 */
export function isSessionIndependent(path: string): boolean {
  return (
    path === '/api/auth/sign-in' ||
    path.startsWith('/api/auth/sign-in/') ||
    path === '/api/auth/antiforgery' ||
    path.startsWith('/api/public/')
  );
}
