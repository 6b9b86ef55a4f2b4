'use client';

import { Download } from 'lucide-react';
import { DataTable, useListQuery } from '@/components/data-table';
import { PageHeader } from '@/components/shell/page-header';
import { Button } from '@/components/ui/button';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { Skeleton } from '@/components/ui/skeleton';
import type { RatePlanView, RateRowView } from '@/lib/rates/views';
import { myRatesKeys, myRatesUrls } from './api';
import { rateColumns } from './rate-rows-table';

type MyRatesPage = { plan: RatePlanView | null; version: { number: number; publishedAt: string | null } | null };

function RatesSection({ when, precision }: { when: 'current' | 'upcoming'; precision: number }) {
  const list = useListQuery<RateRowView>({ queryKey: myRatesKeys[when], endpoint: myRatesUrls.list(when), defaults: { sort: 'prefix', limit: 25 }, paramPrefix: when === 'current' ? 'c.' : 'u.' });
  return (
    <DataTable
      label={when === 'current' ? 'Current rates' : 'Upcoming rate changes'}
      columns={rateColumns(precision)}
      list={list}
      getRowId={(r) => r.id}
      sortable={['prefix', 'destination']}
      toolbar={{
        search: { placeholder: 'Prefix (44 7…) or destination…', label: when === 'current' ? 'Search current rates' : 'Search upcoming rate changes' },
        actions: (
          <Button size="sm" variant="outline" asChild>
            <a href={myRatesUrls.csv(when)} download data-testid={`my-rates-${when}-csv`}>
              <Download className="size-4" aria-hidden />
              Download CSV
            </a>
          </Button>
        ),
      }}
      empty={{ title: when === 'current' ? 'No current rates' : 'No upcoming rate changes', description: when === 'current' ? 'Your rate plan has no rate in effect now.' : 'Announced changes to your rates appear here before they take effect.' }}
      data-testid={`my-rates-${when}-table`}
    />
  );
}

/** The customer's rates: the current rows of its sell plan and the announced (future) changes, each searchable and downloadable. */
export function CustomerRates() {
  // The plan comes with the first list's answer (the same request).
  const probe = useListQuery<RateRowView>({ queryKey: myRatesKeys.current, endpoint: myRatesUrls.list('current'), defaults: { sort: 'prefix', limit: 25 }, paramPrefix: 'c.' });
  const meta = probe.query.data as unknown as MyRatesPage | undefined;
  const plan = meta?.plan;
  return (
    <>
      <PageHeader
        breadcrumbs={[{ label: 'Rates' }]}
        title="Rates"
        description={plan ? `${plan.name} · ${plan.currency} per minute · version ${meta?.version?.number ?? ''}` : 'The rates your calls are charged at.'}
      />
      <div className="grid gap-6 p-6" data-testid="my-rates">
        {!meta ? (
          <Skeleton className="h-64 w-full" />
        ) : !plan ? (
          <EmptyState title="No rate plan yet" description="Your provider has not assigned a rate plan to your account. Contact support for your rates." data-testid="my-rates-no-plan" />
        ) : (
          <>
            <Card>
              <CardHeader>
                <CardTitle>
                  <h2 className="text-base">Current rates</h2>
                </CardTitle>
                <CardDescription>In effect now, per minute in {plan.currency}. Search by prefix (digits) or destination name.</CardDescription>
              </CardHeader>
              <CardContent>
                <RatesSection when="current" precision={plan.precision} />
              </CardContent>
            </Card>
            <Card>
              <CardHeader>
                <CardTitle>
                  <h2 className="text-base">Upcoming rate changes</h2>
                </CardTitle>
                <CardDescription>Rates announced for a later date: each applies from its “effective from” date.</CardDescription>
              </CardHeader>
              <CardContent>
                <RatesSection when="upcoming" precision={plan.precision} />
              </CardContent>
            </Card>
          </>
        )}
      </div>
    </>
  );
}
