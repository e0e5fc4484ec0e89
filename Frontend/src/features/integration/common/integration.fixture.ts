import type { DeliveryDetails, DeliveryEntry, EventTypeInfo, NationalExchangeStatus, ReconciliationDay, WebhookSubscription } from './integrationApi';

export const subscriptionId = '01a21518-cccc-7000-8000-000000000001';
export const deliveryId = '01a21518-dddd-7000-8000-000000000001';
const firmId = '01a21518-2a9e-707d-be96-6e96c54f4594';
const eventId = '01a21518-eeee-7000-8000-000000000001';

/** Two event types as GET /api/integration/event-types lists them. */
export function eventTypes(): EventTypeInfo[] {
  return [
    {
      name: 'FirmRegistered',
      module: 'Registry',
      summary: 'A law firm was entered in the register.',
      fields: [
        { name: 'firmId', type: 'uuid', nullable: false, description: 'The firm.' },
        { name: 'name', type: 'string', nullable: false, description: null },
        { name: 'branchOfId', type: 'uuid', nullable: true, description: 'The head office of a branch.' },
      ],
    },
    {
      name: 'LawyerTransferred',
      module: 'Registry',
      summary: 'A lawyer moved to another firm.',
      fields: [{ name: 'lawyerId', type: 'uuid', nullable: false, description: null }],
    },
  ];
}

/** The registered API clients (GET /api/access/clients). */
export function apiClients() {
  return [{ clientId: 'court-system', displayName: '法院案件系统', scopes: ['registry.read'], dataScope: 'region:220000' }];
}

/** A subscription as GET /api/integration/webhooks/{id} returns it. */
export function subscription(overrides: Partial<WebhookSubscription> = {}): WebhookSubscription {
  return {
    id: subscriptionId,
    clientId: 'court-system',
    clientName: '法院案件系统',
    description: '法院立案时核验律师执业状态',
    url: 'https://hooks.court.example.cn/lawyerwork',
    eventTypes: ['FirmRegistered', 'LawyerTransferred'],
    active: true,
    createdAt: '2026-11-20T02:00:00+00:00',
    secretRotatedAt: null,
    version: 3,
    ...overrides,
  };
}

/** A delivery to that subscription, parked after eight failed attempts. */
export function delivery(overrides: Partial<DeliveryEntry> = {}): DeliveryEntry {
  return {
    id: deliveryId,
    target: 'https://hooks.court.example.cn/lawyerwork',
    subscriptionId,
    eventId,
    eventType: 'FirmRegistered',
    aggregateId: firmId,
    occurredAt: '2026-11-26T08:15:30.123+00:00',
    state: 'DeadLettered',
    attempts: 8,
    nextAttemptAt: '2026-11-26T09:02:11+00:00',
    lastAttemptAt: '2026-11-26T09:00:00+00:00',
    lastStatusCode: 503,
    lastError: 'HTTP 503 Service Unavailable',
    deliveredAt: null,
    receiptId: null,
    version: 9,
    ...overrides,
  };
}

/** The same delivery with the JSON sent (GET /api/integration/deliveries/{id}). */
export function deliveryDetails(overrides: Partial<DeliveryEntry> = {}): DeliveryDetails {
  return {
    delivery: delivery(overrides),
    body: JSON.stringify({ id: eventId, type: 'FirmRegistered', data: { firmId, name: '吉林正道律师事务所' } }),
  };
}

export function nationalStatus(overrides: Partial<NationalExchangeStatus> = {}): NationalExchangeStatus {
  return { enabled: true, host: 'lawyer.moj.example.cn', pending: 2, deadLettered: 1, delivered: 120, lastDeliveredAt: '2026-11-26T08:00:00+00:00', ...overrides };
}

export function reconciliationDay(overrides: Partial<ReconciliationDay> = {}): ReconciliationDay {
  return {
    day: '2026-11-25',
    checkedAt: '2026-11-26T01:00:00+00:00',
    localCount: 12,
    localHash: 'ab12',
    pendingCount: 0,
    nationalCount: 12,
    nationalHash: 'ab12',
    matches: true,
    missingNationally: [],
    unknownLocally: [],
    error: null,
    ...overrides,
  };
}
