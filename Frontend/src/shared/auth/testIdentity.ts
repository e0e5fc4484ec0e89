/**
 * The "test identity" that stands in for sign-in until it exists. In Development and Testing the
 * host accepts X-Test-Role / X-Test-Scope headers; the API client sends these on every /api
 * request. Production ignores the headers (every protected call is then a 401).
 */
export const testRoles = [
  'system-administrator',
  'provincial-officer',
  'city-officer',
  'county-officer',
  'association-staff',
  'firm-administrator',
  'lawyer',
  'auditor',
] as const;
export type TestRole = (typeof testRoles)[number];

export interface TestIdentity {
  role: TestRole;
  /** `region:220000`, `firm:{uuid}` or `self:{uuid}`. */
  scope: string;
}

export const testIdentityStorageKey = 'lawyerwork.testIdentity';
export const defaultTestIdentity: TestIdentity = { role: 'provincial-officer', scope: 'region:220000' };

const uuid = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';
const scopePattern = new RegExp(`^(region:\\d{6}|firm:${uuid}|self:${uuid})$`);

export function isTestRole(value: unknown): value is TestRole {
  return testRoles.some((role) => role === value);
}

export function isValidScope(value: unknown): value is string {
  return typeof value === 'string' && scopePattern.test(value);
}

function read(): TestIdentity {
  try {
    const raw = window.localStorage.getItem(testIdentityStorageKey);
    if (!raw) return defaultTestIdentity;
    const parsed: unknown = JSON.parse(raw);
    if (typeof parsed === 'object' && parsed !== null) {
      const { role, scope } = parsed as Record<string, unknown>;
      if (isTestRole(role) && isValidScope(scope)) return { role, scope };
    }
  } catch {
    // Unreadable storage or JSON: use the default.
  }
  return defaultTestIdentity;
}

let current: TestIdentity | undefined;
const listeners = new Set<() => void>();

/** The identity the API client sends now (read from storage once, then kept in memory). */
export function getTestIdentity(): TestIdentity {
  current ??= read();
  return current;
}

export function setTestIdentity(identity: TestIdentity): void {
  current = identity;
  try {
    window.localStorage.setItem(testIdentityStorageKey, JSON.stringify(identity));
  } catch {
    // Not remembered across reloads, but used until then.
  }
  listeners.forEach((listener) => listener());
}

/** Forgets the in-memory copy so the next read comes from storage (tests, a reload). */
export function reloadTestIdentity(): void {
  current = undefined;
  listeners.forEach((listener) => listener());
}

export function subscribeTestIdentity(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The headers that name the identity to the host. */
export function testIdentityHeaders(identity = getTestIdentity()): Record<string, string> {
  return { 'X-Test-Role': identity.role, 'X-Test-Scope': identity.scope };
}
