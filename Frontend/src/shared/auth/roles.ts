import type { TFunction } from 'i18next';

/** The roles of docs/security.md (Roles.cs on the server), in the order an administrator meets them. */
export const roles = [
  'system-administrator',
  'provincial-officer',
  'city-officer',
  'county-officer',
  'association-staff',
  'firm-administrator',
  'lawyer',
  'auditor',
] as const;
export type Role = (typeof roles)[number];

export function isRole(value: unknown): value is Role {
  return roles.some((role) => role === value);
}

/** Roles that must sign in with a second factor (TOTP). */
export const twoFactorRoles: readonly Role[] = ['system-administrator', 'auditor'];

/** The role's name in the interface language; an unknown role (a newer server) shows as sent. */
export function roleLabel(t: TFunction, role: string): string {
  return isRole(role) ? t(`roles.${role}`) : role;
}

export function roleOptions(t: TFunction): { value: Role; label: string }[] {
  return roles.map((value) => ({ value, label: t(`roles.${value}`) }));
}
