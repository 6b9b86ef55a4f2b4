import { Badge } from '@/components/ui/badge';
import { isPlatformRole, type Role } from '@/lib/auth/permissions';

export const roleLabels: Record<Role, string> = {
  super_admin: 'Super admin',
  support: 'Support',
  billing: 'Billing',
  noc: 'NOC',
  tenant_admin: 'Tenant admin',
  customer_admin: 'Customer admin',
  customer_user: 'Customer user',
  carrier_user: 'Carrier user',
};

export function roleLabel(role: string): string {
  return roleLabels[role as Role] ?? role;
}

export function RoleBadge({ role }: { role: string }) {
  const platform = role in roleLabels && isPlatformRole(role as Role);
  return <Badge variant={platform ? 'info' : role === 'tenant_admin' ? 'default' : 'secondary'}>{roleLabel(role)}</Badge>;
}

export function UserStatusBadge({ status }: { status: string }) {
  return <Badge variant={status === 'active' ? 'success' : 'warning'}>{status === 'active' ? 'Active' : 'Disabled'}</Badge>;
}
