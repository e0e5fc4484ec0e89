import type { OutboxEntry, OutboxMessageDetails } from './outboxApi';

export const outboxMessageId = '01a21518-bbbb-7000-8000-000000000001';
const firmId = '01a21518-2a9e-707d-be96-6e96c54f4594';

/** A registry event as GET /api/outbox/registry/messages lists it: dead-lettered after ten failed attempts. */
export function outboxEntry(overrides: Partial<OutboxEntry> = {}): OutboxEntry {
  return {
    id: outboxMessageId,
    aggregateId: firmId,
    type: 'FirmRegistered',
    state: 'DeadLettered',
    attempts: 10,
    occurredAt: '2026-11-26T08:15:30.123456+00:00',
    nextAttemptAt: '2026-11-26T09:02:11.5+00:00',
    dispatchedAt: null,
    lastError: 'SupervisionFirmIndex: TimeoutException: The search index did not answer within 30 seconds.',
    version: 10,
    ...overrides,
  };
}

/** The same message as GET /api/outbox/registry/messages/{id} returns it, with its payload. */
export function outboxMessageDetails(overrides: Partial<OutboxMessageDetails> = {}): OutboxMessageDetails {
  const { id, aggregateId, type, state, attempts, occurredAt, nextAttemptAt, dispatchedAt, lastError, version } = outboxEntry();
  return {
    id,
    module: 'registry',
    aggregateId,
    type,
    state,
    attempts,
    occurredAt,
    nextAttemptAt,
    dispatchedAt,
    lastError,
    payload: JSON.stringify({ firmId, name: '吉林正道律师事务所', uscc: '31220100MD00000011', regionCode: '220104' }),
    version,
    ...overrides,
  };
}
