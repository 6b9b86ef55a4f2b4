import { roles, tenantRoles, type Role } from '@/lib/auth/permissions';

/** The roles the form offers; the server decides again (lib/users/access.ts assertCanAssign). */
export function assignableRoles(tenant: { isRoot: boolean } | undefined, isSuperAdmin: boolean): readonly Role[] {
  return tenant?.isRoot && isSuperAdmin ? roles : tenantRoles;
}
