import { Badge } from '@/components/ui/badge';

const labels = { active: 'Active', suspended: 'Suspended', closed: 'Closed' } as const;

export function CustomerStatusBadge({ status }: { status: string }) {
  const variant = status === 'active' ? 'success' : status === 'suspended' ? 'warning' : 'secondary';
  return <Badge variant={variant}>{labels[status as keyof typeof labels] ?? status}</Badge>;
}

/** Minor units as the currency's amount (integers only ever reach here; formatting is display). */
export function formatMinor(minor: number | null, currency: string): string {
  if (minor === null) return '—';
  const digits = new Intl.NumberFormat('en', { style: 'currency', currency }).resolvedOptions().maximumFractionDigits ?? 2;
  return new Intl.NumberFormat('en', { style: 'currency', currency }).format(minor / 10 ** digits);
}
