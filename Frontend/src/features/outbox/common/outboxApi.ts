import type { components } from '../../../shared/api/client';

export type OutboxEntry = components['schemas']['OutboxEntry'];
export type OutboxMessageDetails = components['schemas']['OutboxMessageDetails'];

/**
 * The modules that keep an outbox, by schema (the `{module}` of /api/outbox/{module}/…). The host
 * has no endpoint that lists them: a module that gains an outbox adds its schema here and its
 * label under `outbox.modules` in the locales.
 */
export const outboxModules = ['registry', 'supervision'] as const;
export type OutboxModule = (typeof outboxModules)[number];

/** Query keys of the outbox administration. */
export const outboxKeys = {
  all: ['outbox'] as const,
  messageLists: () => [...outboxKeys.all, 'messages', 'list'] as const,
  messageList: (module: string, params: object) => [...outboxKeys.messageLists(), module, params] as const,
  message: (module: string, id: string) => [...outboxKeys.all, 'messages', 'detail', module, id] as const,
};
