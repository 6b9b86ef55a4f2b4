'use client';

import { useQuery } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import type { z } from 'zod';
import { Field } from '@/components/class4/class4-ui';
import { PageHeader } from '@/components/shell/page-header';
import { NativeSelect } from '@/components/users/native-select';
import { Badge } from '@/components/ui/badge';
import { Button } from '@/components/ui/button';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Label } from '@/components/ui/label';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import { apiFetch } from '@/lib/api-client';
import type { routeNumberResponse } from '@/lib/routing/api-schemas';
import type { RoutingPlanView } from '@/lib/routing/views';
import { routingKeys, routingUrls } from './api';
import { useSellPlanOptions } from './routing-forms';

type RouteResult = z.infer<typeof routeNumberResponse>;

/** "Route a number": plan, number, customer (its sell plan) and time -> the candidates in order, their rates and margins, and why each skipped supplier was skipped. */
export function RouteNumberTool({ initialPlanId }: { initialPlanId?: string }) {
  const plans = useQuery({ queryKey: [...routingKeys.plans, 'all'], queryFn: () => apiFetch<{ items: RoutingPlanView[] }>(routingUrls.allPlans) });
  const sellPlans = useSellPlanOptions();
  const [planId, setPlanId] = useState(initialPlanId ?? '');
  const [number, setNumber] = useState('');
  const [customer, setCustomer] = useState('');
  const [at, setAt] = useState('');
  const [asked, setAsked] = useState<Record<string, string> | null>(null);
  const chosenPlan = planId || plans.data?.items[0]?.id || '';
  const chosenCustomer = customer || sellPlans[0]?.value || '';
  const result = useQuery({
    queryKey: ['route-a-number', asked],
    enabled: !!asked,
    retry: false,
    queryFn: () => apiFetch<RouteResult>(routingUrls.route(asked!.planId!, { number: asked!.number!, customerRatePlanId: asked!.customer!, ...(asked!.at ? { at: asked!.at } : {}) })),
  });
  const submit = (e: FormEvent) => {
    e.preventDefault();
    setAsked({ planId: chosenPlan, number, customer: chosenCustomer, at: at.trim() });
  };
  const r = result.data;
  return (
    <>
      <PageHeader breadcrumbs={[{ label: 'Class 4' }, { label: 'Routing plans', href: '/class4/routing' }, { label: 'Route a number' }]} title="Route a number" description="Which suppliers a call would try, in order, at what buy rate and margin, and why the others are skipped." />
      <div className="space-y-6 p-6">
        <form onSubmit={submit} className="grid max-w-3xl gap-4 sm:grid-cols-2" data-testid="route-tool-form">
          <div className="space-y-1.5">
            <Label htmlFor="route-tool-plan">Routing plan</Label>
            <NativeSelect id="route-tool-plan" value={chosenPlan} onChange={(e) => setPlanId(e.target.value)} data-testid="route-tool-plan">
              {(plans.data?.items ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name} ({p.status})
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="route-tool-number">Dialled number</Label>
            <Input id="route-tool-number" value={number} onChange={(e) => setNumber(e.target.value)} placeholder="+44 20 7946 0000" data-testid="route-tool-number" />
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="route-tool-customer">Customer (its sell rate plan)</Label>
            <NativeSelect id="route-tool-customer" value={chosenCustomer} onChange={(e) => setCustomer(e.target.value)} data-testid="route-tool-customer">
              {sellPlans.map((p) => (
                <option key={p.value} value={p.value}>
                  {p.label}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="space-y-1.5">
            <Label htmlFor="route-tool-at">Time (ISO 8601, empty = now)</Label>
            <Input id="route-tool-at" value={at} onChange={(e) => setAt(e.target.value)} placeholder="2026-06-01T12:00:00Z" data-testid="route-tool-at" />
          </div>
          <div className="sm:col-span-2">
            <Button type="submit" disabled={!chosenPlan || !chosenCustomer || !number.trim()} data-testid="route-tool-submit">
              Route
            </Button>
          </div>
        </form>
        {result.isError && <ErrorState title="Could not route this number" message={result.error.message} onRetry={() => void result.refetch()} retrying={result.isFetching} data-testid="route-tool-error" />}
        {result.isFetching && !r && <p className="text-sm text-muted-foreground">Routing…</p>}
        {r && !result.isError && (
          <section className="space-y-4" data-testid="route-tool-result" aria-label="Routing result">
            <dl className="max-w-2xl">
              <Field label="Matched prefix" testId="route-tool-matched">
                {r.matchedPrefix ?? 'None: this plan has no route for the number'}
                {r.method ? ` · ${r.method === 'lcr' ? 'least cost' : r.method}` : ''}
              </Field>
              <Field label="Sell rate / min">{r.sell ? `${r.sell.rate} ${r.sell.currency} (${r.sell.destination}, prefix ${r.sell.prefix}${r.sell.blocked ? ', blocked' : ''})` : `None in ${r.customerRatePlan.name}`}</Field>
              <Field label="Margin floor / min">{r.marginFloor}</Field>
              <Field label="At">{r.at}</Field>
            </dl>
            <h2 className="text-sm font-semibold">Candidates in order</h2>
            <Table data-testid="route-tool-candidates">
              <TableHeader>
                <TableRow>
                  <TableHead>#</TableHead>
                  <TableHead>Supplier</TableHead>
                  <TableHead>Interconnect</TableHead>
                  <TableHead>Buy prefix</TableHead>
                  <TableHead>Buy / min</TableHead>
                  <TableHead>Margin / min</TableHead>
                  <TableHead>Tier</TableHead>
                  <TableHead>Share</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.candidates.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={8} className="text-muted-foreground">
                      No candidate: the call would fail.
                    </TableCell>
                  </TableRow>
                ) : (
                  r.candidates.map((c) => (
                    <TableRow key={c.interconnectId}>
                      <TableCell>{c.rank}</TableCell>
                      <TableCell>{c.carrierName}</TableCell>
                      <TableCell>{c.interconnectName}</TableCell>
                      <TableCell>{c.buyPrefix}</TableCell>
                      <TableCell>
                        <code className="text-xs">{c.buy}</code>
                      </TableCell>
                      <TableCell>
                        <code className="text-xs">{c.margin}</code>
                      </TableCell>
                      <TableCell>{c.qualityTier}</TableCell>
                      <TableCell>{c.shareBasisPoints === null ? '—' : `${(c.shareBasisPoints / 100).toFixed(2)} %`}</TableCell>
                    </TableRow>
                  ))
                )}
              </TableBody>
            </Table>
            <h2 className="text-sm font-semibold">Skipped</h2>
            <Table data-testid="route-tool-skipped">
              <TableHeader>
                <TableRow>
                  <TableHead>Supplier</TableHead>
                  <TableHead>Interconnect</TableHead>
                  <TableHead>Buy / min</TableHead>
                  <TableHead>Margin / min</TableHead>
                  <TableHead>Why</TableHead>
                </TableRow>
              </TableHeader>
              <TableBody>
                {r.skipped.length === 0 ? (
                  <TableRow>
                    <TableCell colSpan={5} className="text-muted-foreground">
                      Nobody was skipped.
                    </TableCell>
                  </TableRow>
                ) : (
                  r.skipped.map((s) => (
                    <TableRow key={s.interconnectId}>
                      <TableCell>{s.carrierName}</TableCell>
                      <TableCell>{s.interconnectName}</TableCell>
                      <TableCell>{s.buy ?? '—'}</TableCell>
                      <TableCell>{s.margin ?? '—'}</TableCell>
                      <TableCell>
                        <Badge variant="warning">{s.reason.replaceAll('_', ' ')}</Badge> <span className="text-muted-foreground">{s.reasonText}</span>
                      </TableCell>
                    </TableRow>
                  ))
                )}
              </TableBody>
            </Table>
          </section>
        )}
      </div>
    </>
  );
}
