import { useMutation, useQuery } from '@tanstack/react-query';
import { apiClient, ApiError, unwrap, type components } from '../api/client';

export type CurrentSession = components['schemas']['CurrentSession'];

/** The permissions the host names (Roles.cs, RegistryPermissions, AuditPermissions, OutboxPermissions, IntegrationPermissions, SupervisionPermissions on the server). */
export const permissions = {
  session: 'access.session',
  accessManage: 'access.manage',
  firmsRead: 'registry.firms.read',
  firmsWrite: 'registry.firms.write',
  lawyersRead: 'registry.lawyers.read',
  lawyersWrite: 'registry.lawyers.write',
  organisationsRead: 'registry.organisations.read',
  personalDataRead: 'registry.personal-data.read',
  auditRead: 'audit.read',
  auditVerify: 'audit.verify',
  outboxManage: 'outbox.manage',
  integrationManage: 'integration.manage',
  complaintsRead: 'supervision.complaints.read',
  complaintsFile: 'supervision.complaints.file',
  complaintsHandle: 'supervision.complaints.handle',
  penaltiesDecide: 'supervision.penalties.decide',
  rightsRead: 'supervision.rights.read',
  rightsReport: 'supervision.rights.report',
  rightsHandle: 'supervision.rights.handle',
  integrityRead: 'supervision.integrity.read',
  integrityWrite: 'supervision.integrity.write',
  surveysManage: 'supervision.surveys.manage',
  surveysAnswer: 'supervision.surveys.answer',
  modelFirmsManage: 'supervision.model-firms.manage',
  assessmentsRead: 'supervision.assessments.read',
  assessmentsReport: 'supervision.assessments.report',
  assessmentsReview: 'supervision.assessments.review',
  assessmentsDecide: 'supervision.assessments.decide',
  governanceRead: 'supervision.governance.read',
  governanceManage: 'supervision.governance.manage',
} as const;
export type Permission = (typeof permissions)[keyof typeof permissions];

export const sessionKeys = {
  current: ['auth', 'session'] as const,
};

/**
 * Who the host thinks the caller is. The session cookie is HttpOnly: this answer is all the SPA
 * knows. A 401 (an error) means nobody is signed in.
 */
export function useSession() {
  return useQuery({
    queryKey: sessionKeys.current,
    queryFn: ({ signal }) => unwrap(apiClient.GET('/api/auth/session', { signal })),
    staleTime: 5 * 60_000,
    retry: false,
  });
}

export const isUnauthenticated = (error: unknown) => error instanceof ApiError && error.problem.status === 401;

/** What the current caller may do; nothing while the session is loading or absent. */
export function usePermissions() {
  const session = useSession();
  const granted = session.data?.permissions ?? [];
  return {
    session,
    can: (permission: Permission | undefined) => permission === undefined || granted.includes(permission),
  };
}

/** Ends the session on the host; the caller then forgets every answer it had (see the user menu). */
export function useSignOut() {
  return useMutation({
    mutationFn: () => unwrap(apiClient.POST('/api/auth/sign-out')),
  });
}
