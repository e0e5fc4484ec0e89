import type { components } from '../../../shared/api/client';

export type AuditEntry = components['schemas']['AuditEntry'];
export type AuditVerification = components['schemas']['AuditVerification'];

/** Query keys of the Audit module. */
export const auditKeys = {
  all: ['audit'] as const,
  recordLists: () => [...auditKeys.all, 'records', 'list'] as const,
  recordList: (params: object) => [...auditKeys.recordLists(), params] as const,
  checkpointKey: () => [...auditKeys.all, 'checkpoint-key'] as const,
};
