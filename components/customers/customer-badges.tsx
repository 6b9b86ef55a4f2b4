import { Badge } from '@/components/ui/badge';
import { formatMinorAmount } from '@/lib/billing/amounts';

const labels = { active: 'Active', suspended: 'Suspended', closed: 'Closed' } as const;

export function CustomerStatusBadge({ status }: { status: string }) {
  const variant = status === 'active' ? 'success' : status === 'suspended' ? 'warning' : 'secondary';
  return <Badge variant={variant}>{labels[status as keyof typeof labels] ?? status}</Badge>;
}

/** Minor units as the currency's amount, "1,500.00 USD" (exact: lib/billing/amounts.ts, no float division). */
export function formatMinor(minor: number | null, currency: string): string {
  return minor === null ? '—' : formatMinorAmount(minor, currency);
}
