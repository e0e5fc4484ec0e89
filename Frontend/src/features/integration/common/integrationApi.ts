import type { components } from '../../../shared/api/client';

type Schemas = components['schemas'];
export type EventTypeInfo = Schemas['EventTypeInfo'];
export type EventField = Schemas['EventField'];
export type WebhookSubscription = Schemas['WebhookSubscriptionView'];
export type WebhookSubscriptionWithSecret = Schemas['WebhookSubscriptionWithSecret'];
export type CreateWebhookSubscriptionCommand = Schemas['CreateWebhookSubscriptionCommand'];
export type ChangeWebhookSubscriptionCommand = Schemas['ChangeWebhookSubscriptionCommand'];
export type DeliveryEntry = Schemas['DeliveryEntry'];
export type DeliveryDetails = Schemas['DeliveryDetails'];
export type DeliveryChannel = Schemas['DeliveryChannel'];
export type NationalExchangeStatus = Schemas['NationalExchangeStatus'];
export type ReconciliationDay = Schemas['ReconciliationDayView'];

/** Query keys of the Integration module. */
export const integrationKeys = {
  all: ['integration'] as const,
  eventTypes: () => [...integrationKeys.all, 'event-types'] as const,
  webhooks: () => [...integrationKeys.all, 'webhooks'] as const,
  webhookLists: () => [...integrationKeys.webhooks(), 'list'] as const,
  webhookList: (params: object) => [...integrationKeys.webhookLists(), params] as const,
  webhook: (id: string) => [...integrationKeys.webhooks(), 'detail', id] as const,
  deliveries: () => [...integrationKeys.all, 'deliveries'] as const,
  deliveryLists: () => [...integrationKeys.deliveries(), 'list'] as const,
  deliveryList: (params: object) => [...integrationKeys.deliveryLists(), params] as const,
  delivery: (id: string) => [...integrationKeys.deliveries(), 'detail', id] as const,
  national: () => [...integrationKeys.all, 'national'] as const,
  nationalStatus: () => [...integrationKeys.national(), 'status'] as const,
  reconciliationDays: () => [...integrationKeys.national(), 'reconciliation'] as const,
  reconciliation: (range: { from: string; to: string }) => [...integrationKeys.reconciliationDays(), range] as const,
};
