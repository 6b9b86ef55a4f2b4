import { Badge } from '@/components/ui/badge';

export function TenantStatusBadge({ status }: { status: string }) {
  return <Badge variant={status === 'active' ? 'success' : 'warning'}>{status === 'active' ? 'Active' : 'Suspended'}</Badge>;
}

export function DomainStatusBadge({ status }: { status: string }) {
  const variant = status === 'verified' ? 'success' : status === 'failed' ? 'destructive' : 'secondary';
  return <Badge variant={variant}>{status.charAt(0).toUpperCase() + status.slice(1)}</Badge>;
}

/** UTC, to the minute: the platform's one way to show a timestamp in tables. */
export function formatUtc(value: string | Date | null | undefined): string {
  if (!value) return '—';
  return `${new Date(value).toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}
