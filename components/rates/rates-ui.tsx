'use client';

import { Badge } from '@/components/ui/badge';

/** Small presentational pieces shared by the admin, carrier and customer rate screens. */
export function PlanKindBadge({ kind }: { kind: 'sell' | 'buy' }) {
  return <Badge variant={kind === 'sell' ? 'info' : 'secondary'}>{kind === 'sell' ? 'Sell (customer)' : 'Buy (supplier)'}</Badge>;
}

export function VersionStatusBadge({ status }: { status: 'draft' | 'published' | 'superseded' }) {
  return <Badge variant={status === 'published' ? 'success' : status === 'draft' ? 'warning' : 'outline'}>{status === 'published' ? 'Published' : status === 'draft' ? 'Draft' : 'Superseded'}</Badge>;
}

/** A 6-decimal rate string shown with the plan's precision (never through floats: string cut). */
export function formatRate(decimal: string, precision = 6): string {
  const [int = '0', frac = ''] = decimal.split('.');
  const keep = Math.max(precision, 4);
  const cut = frac.slice(0, keep).replace(/0+$/, '');
  const padded = cut.length < 2 ? cut.padEnd(2, '0') : cut;
  return `${int}.${padded}`;
}

/** An ISO instant as a UTC date (and time when not midnight). */
export function formatEffective(iso: string | null): string {
  if (!iso) return '—';
  const d = iso.slice(0, 10);
  const t = iso.slice(11, 16);
  return t === '00:00' ? d : `${d} ${t} UTC`;
}

export const roundingLabels = { up: 'Up', down: 'Down', half_up: 'Half up', half_even: 'Half even (banker’s)' } as const;
