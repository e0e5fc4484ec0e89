import type { ApiClient, UserSummary } from './accessApi';

export const userId = '01a21518-7777-7000-8000-000000000007';

/** An account as GET /api/access/users/{id} returns it. */
export function userSummary(overrides: Partial<UserSummary> = {}): UserSummary {
  return {
    id: userId,
    userName: 'wang.fang',
    displayName: '王芳',
    role: 'city-officer',
    dataScope: 'region:220100',
    isDisabled: false,
    twoFactorEnabled: false,
    lockedOutUntil: null,
    createdAt: '2026-11-26T08:00:00+00:00',
    version: 2,
    ...overrides,
  };
}

export function apiClientRecord(overrides: Partial<ApiClient> = {}): ApiClient {
  return {
    clientId: 'lw-0197a1b2c3d4e5f60718',
    displayName: '全国律师管理系统',
    scopes: ['registry.read'],
    dataScope: 'region:220000',
    ...overrides,
  };
}
