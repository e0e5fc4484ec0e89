import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, type components } from '../../../shared/api/client';
import { refreshAntiforgeryToken } from '../../../shared/auth/antiforgery';
import { sessionKeys } from '../../../shared/auth/session';

export type SignInRequest = components['schemas']['SignInRequest'];
export type SignInResult = components['schemas']['SignInResult'];

/** A signed-in answer starts a new session: nothing cached for whoever was here before may stay. */
function useStartSession() {
  const queryClient = useQueryClient();
  return (result: SignInResult) => {
    if (result.status === 'SignedIn' && result.session) {
      queryClient.clear();
      queryClient.setQueryData(sessionKeys.current, result.session);
    }
  };
}

/**
 * Step one: user name and password. A token bound to an earlier session would be refused, so a
 * fresh one (for nobody yet) is fetched first; the host issues the signed-in person's own with the answer.
 */
export function useSignIn() {
  const start = useStartSession();
  return useMutation({
    mutationFn: async (body: SignInRequest) => {
      await refreshAntiforgeryToken();
      return unwrap(apiClient.POST('/api/auth/sign-in', { body }));
    },
    onSuccess: start,
  });
}

/** Step two, for accounts with TOTP: the six digits the authenticator app shows now. */
export function useTwoFactorSignIn() {
  const start = useStartSession();
  return useMutation({
    mutationFn: (code: string) => unwrap(apiClient.POST('/api/auth/sign-in/two-factor', { body: { code } })),
    onSuccess: start,
  });
}
