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

/** What a person sees of an account's state: invited (no password yet), active or disabled. */
export function userStatusLabel(status: string, invitationPending: boolean): 'Invited' | 'Active' | 'Disabled' {
  if (status !== 'active') return 'Disabled';
  return invitationPending ? 'Invited' : 'Active';
}

export function UserStatusBadge({ status, invitationPending }: { status: string; invitationPending: boolean }) {
  const label = userStatusLabel(status, invitationPending);
  return <Badge variant={label === 'Active' ? 'success' : label === 'Invited' ? 'info' : 'warning'}>{label}</Badge>;
}
