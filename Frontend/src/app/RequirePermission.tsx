import type { ReactNode } from 'react';
import { usePermissions, type Permission } from '../shared/auth/session';
import { Forbidden } from '../shared/ui/Forbidden';

/** A page that needs a permission: the 403 page for a session without it (the menu hides the link, a typed URL does not). */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const { can } = usePermissions();
  return can(permission) ? <>{children}</> : <Forbidden />;
}
