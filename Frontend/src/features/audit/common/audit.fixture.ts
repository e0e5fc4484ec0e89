import type { AuditEntry, AuditVerification } from './auditApi';

export const auditRecordId = '01a21518-aaaa-7000-8000-00000000000a';

/** An audit record as GET /api/audit/records lists it: a firm registered by a provincial officer. */
export function auditEntry(overrides: Partial<AuditEntry> = {}): AuditEntry {
  return {
    id: auditRecordId,
    sequence: 42,
    recordedAt: '2026-11-26T08:15:30.123456+00:00',
    actorId: '01a21518-9999-7000-8000-000000000001',
    actorName: '李明',
    role: 'provincial-officer',
    dataScope: 'region:220000',
    operation: 'RegisterFirm',
    outcome: 'Succeeded',
    reason: null,
    targetType: 'Firm',
    targetId: '01a21518-0000-7000-8000-0000000000f1',
    regionCode: '220104',
    details: JSON.stringify([
      { field: 'Name', before: null, after: '吉林正道律师事务所' },
      { field: 'RegionCode', before: null, after: '220104' },
      { field: 'Version', before: null, after: 0 },
    ]),
    traceId: '4bf92f3577b34da6a3ce929d0e0e4736',
    clientIp: '10.1.2.3',
    sealed: true,
    ...overrides,
  };
}

/** GET /api/audit/verification's answer for an intact chain. */
export function intactVerification(overrides: Partial<AuditVerification> = {}): AuditVerification {
  return {
    intact: true,
    sealedRecords: 1234,
    unsealedRecords: 3,
    firstBreak: undefined,
    breakAtSequence: null,
    breakRecordId: null,
    checkpointSequence: 1200,
    ...overrides,
  };
}
