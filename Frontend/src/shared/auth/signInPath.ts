/** Why the sign-in page was opened, shown above its form. */
export type SignInReason = 'expired' | 'signed-out';

export const signInRoute = '/sign-in';

/** `/sign-in?returnTo=…&reason=…`: where to go after signing in, and why we are here. */
export function signInPath(returnTo?: string, reason?: SignInReason): string {
  const params = new URLSearchParams();
  const target = safeReturnTo(returnTo);
  if (target !== '/') params.set('returnTo', target);
  if (reason) params.set('reason', reason);
  const query = params.toString();
  return query ? `${signInRoute}?${query}` : signInRoute;
}

/**
 * Only a path of this site is followed after sign-in (never `//evil.example` or `https://…`, an open
 * redirect), and never the sign-in page itself.
 */
export function safeReturnTo(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return '/';
  if (value === signInRoute || value.startsWith(`${signInRoute}?`) || value.startsWith(`${signInRoute}/`)) return '/';
  return value;
}
