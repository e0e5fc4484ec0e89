import type { TFunction } from 'i18next';

/** The OAuth scopes an API client may be granted (ClientScopes.cs on the server). */
export const clientScopes = ['registry.read', 'registry.write', 'registry.personal-data'] as const;
export type ClientScope = (typeof clientScopes)[number];

// Scope names hold dots, which i18next reads as nesting: their labels live under other keys.
const labelKeys = {
  'registry.read': 'access.clients.scopes.registryRead',
  'registry.write': 'access.clients.scopes.registryWrite',
  'registry.personal-data': 'access.clients.scopes.registryPersonalData',
} as const;

export function clientScopeLabel(t: TFunction, scope: string): string {
  return scope in labelKeys ? t(labelKeys[scope as ClientScope]) : scope;
}
