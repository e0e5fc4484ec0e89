import { useQuery } from '@tanstack/react-query';
import { useSyncExternalStore } from 'react';
import { apiClient, unwrap, type components } from '../api/client';
import { getTestIdentity, subscribeTestIdentity, type TestIdentity } from './testIdentity';

export type CurrentSession = components['schemas']['CurrentSession'];

/** The permissions the host names (RegistryPermissions on the server). */
export const permissions = {
  firmsRead: 'registry.firms.read',
  firmsWrite: 'registry.firms.write',
  lawyersRead: 'registry.lawyers.read',
  lawyersWrite: 'registry.lawyers.write',
  organisationsRead: 'registry.organisations.read',
  personalDataRead: 'registry.personal-data.read',
} as const;
export type Permission = (typeof permissions)[keyof typeof permissions];

export const sessionKeys = {
  all: ['auth', 'session'] as const,
  of: (identity: TestIdentity) => [...sessionKeys.all, identity.role, identity.scope] as const,
};

/** The test identity the client sends now; re-renders when it is changed. */
export function useTestIdentity(): TestIdentity {
  return useSyncExternalStore(subscribeTestIdentity, getTestIdentity, getTestIdentity);
}

/** Who the host thinks the caller is (401 when nobody: no sign-in yet outside Development/Testing). */
export function useSession() {
  const identity = useTestIdentity();
  return useQuery({
    queryKey: sessionKeys.of(identity),
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/auth/session', { signal })),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

/** What the current caller may do; nothing while the session is loading or absent. */
export function usePermissions() {
  const session = useSession();
  const granted = session.data?.permissions ?? [];
  return {
    session,
    can: (permission: Permission | undefined) => permission === undefined || granted.includes(permission),
  };
}
