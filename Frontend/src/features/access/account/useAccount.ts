import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiClient, unwrap, type components } from '../../../shared/api/client';
import { sessionKeys } from '../../../shared/auth/session';

export type PasswordChange = components['schemas']['PasswordChange'];
export type TwoFactorEnrolment = components['schemas']['TwoFactorEnrolment'];

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: PasswordChange) => unwrap(apiClient.POST('/api/auth/password', { body })),
  });
}

/** A new shared key (any earlier one stops working at once on the host) and its otpauth:// URI. */
export function useStartTwoFactorEnrolment() {
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/auth/two-factor/enrolment')),
  });
}

/** Turns TOTP on with a first code; the session then gets its role's permissions (asked for anew). */
export function useActivateTwoFactor() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (code: string) => unwrap(apiClient.POST('/api/auth/two-factor/activation', { body: { code } })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionKeys.current }),
  });
}

/** The shared key in groups of four, as authenticator apps ask for it when typed by hand. */
export function formatSharedKey(key: string): string {
  return (key.replace(/\s+/g, '').match(/.{1,4}/g) ?? []).join(' ');
}
