'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { apiFetch } from '@/lib/api-client';
import type { RatePlanView } from '@/lib/rates/views';
import { ratesKeys, ratesPages, ratesUrls } from './api';

/** A plan reference shown by its name, linked to the plan (admin console); the id until it loads. */
export function PlanLink({ id }: { id: string }) {
  const plan = useQuery({ queryKey: ratesKeys.plan(id), queryFn: () => apiFetch<RatePlanView>(ratesUrls.plan(id)) });
  return (
    <Link className="underline underline-offset-4" href={ratesPages.plan(id)}>
      {plan.data ? `${plan.data.name} (${plan.data.currency})` : id}
    </Link>
  );
}

/** Plans to choose from in a form: the kind asked for, in the given currencies (one page of 100; a brand has few plans). */
export function usePlanOptions(kind: 'sell' | 'buy', currencies: readonly string[], enabled: boolean) {
  const query = useQuery({ queryKey: [...ratesKeys.plans, 'options', kind], queryFn: () => apiFetch<{ items: RatePlanView[] }>(`${ratesUrls.plans}?kind=${kind}&limit=100`), enabled });
  const items = (query.data?.items ?? []).filter((p) => currencies.includes(p.currency));
  return { loaded: Boolean(query.data), items, options: items.map((p) => ({ value: p.id, label: `${p.name} (${p.currency})` })) };
}
