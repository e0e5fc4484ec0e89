import type { Role } from './roles';

/**
 * A data scope as the host writes it: `region:<six-digit code>` (a region's subtree),
 * `firm:<firm id>` (one firm's records) or `self:<lawyer id>` (one lawyer's own).
 */
export type DataScopeKind = 'region' | 'firm' | 'self';
export interface DataScope {
  kind: DataScopeKind;
  /** The region code, firm id or lawyer id. */
  value: string;
}

const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const patterns: Record<DataScopeKind, RegExp> = {
  region: /^\d{6}$/,
  firm: new RegExp(`^${uuid}$`),
  self: new RegExp(`^${uuid}$`),
};

export function parseDataScope(text: string | null | undefined): DataScope | undefined {
  const match = /^(region|firm|self):(.+)$/.exec(text ?? '');
  if (!match) return undefined;
  const kind = match[1] as DataScopeKind;
  const value = match[2]!;
  return patterns[kind].test(value) ? { kind, value } : undefined;
}

export const formatDataScope = (kind: DataScopeKind, value: string) => `${kind}:${value}`;

/** The kind of scope a role takes (the host refuses any other): firm administrators a firm, lawyers themselves, everyone else a region. */
export function scopeKindOf(role: Role | string | undefined): DataScopeKind {
  if (role === 'firm-administrator') return 'firm';
  if (role === 'lawyer') return 'self';
  return 'region';
}
