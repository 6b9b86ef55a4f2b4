'use client';

import { useQuery } from '@tanstack/react-query';
import Link from 'next/link';
import { useMemo, useState } from 'react';
import { SearchX } from 'lucide-react';
import { Badge, type BadgeProps } from '@/components/ui/badge';
import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { EmptyState } from '@/components/ui/empty-state';
import { ErrorState } from '@/components/ui/error-state';
import { Input } from '@/components/ui/input';
import { Select, SelectContent, SelectItem, SelectTrigger, SelectValue } from '@/components/ui/select';
import { Skeleton } from '@/components/ui/skeleton';
import { apiFetch } from '@/lib/api-client';
import type { EffectiveConfigurationView } from '@/lib/assignments/views';
import { assignmentKeys, assignmentUrls, levelLabels, sourceHref } from './api';

const levelVariant: Record<string, BadgeProps['variant']> = { customer: 'default', group: 'info', category: 'secondary', all: 'outline', default: 'outline' };

/** The level a value came from, as a badge linking to where it is set. */
export function SourceBadge({ source, accountId }: { source: { level: string; targetId: string | null; targetName: string } | null; accountId: string }) {
  if (!source) return <Badge variant="warning">Not assigned</Badge>;
  const href = sourceHref(source.level, source.targetId, accountId);
  const label = source.level === 'all' || source.level === 'default' ? levelLabels[source.level] : `${levelLabels[source.level]}: ${source.targetName}`;
  const badge = <Badge variant={levelVariant[source.level] ?? 'outline'}>{label}</Badge>;
  return href ? (
    <Link href={href} className="rounded-md focus-visible:outline-2 focus-visible:outline-ring" data-testid="source-link">
      {badge}
    </Link>
  ) : (
    badge
  );
}

/**
 * "Why does this customer see that?": every assignable setting, its value and the level it came
 * from, grouped by item type, with search and a source filter. Values that a more specific level
 * overrides are listed under the winner.
 */
export function EffectiveConfiguration({ accountId }: { accountId: string }) {
  const query = useQuery({ queryKey: assignmentKeys.effective(accountId), queryFn: () => apiFetch<EffectiveConfigurationView>(assignmentUrls.effective(accountId)) });
  const [search, setSearch] = useState('');
  const [level, setLevel] = useState('any');
  const types = useMemo(() => {
    if (!query.data) return [];
    const needle = search.trim().toLowerCase();
    return query.data.types
      .map((t) => ({
        ...t,
        items: t.items.filter((i) => (!needle || `${i.label} ${i.key} ${i.display} ${t.label}`.toLowerCase().includes(needle)) && (level === 'any' || (level === 'none' ? !i.source : i.source?.level === level))),
      }))
      .filter((t) => t.items.length > 0);
  }, [query.data, search, level]);

  if (query.isPending) return <Skeleton className="h-64 w-full" data-testid="effective-configuration-loading" />;
  if (query.isError) return <ErrorState title="Could not load the effective configuration" message={query.error.message} onRetry={() => void query.refetch()} />;
  const { account } = query.data;
  return (
    <div className="grid gap-4" data-testid="effective-configuration">
      <Card>
        <CardHeader>
          <CardTitle>
            <h2 className="text-base">How a value is chosen</h2>
          </CardTitle>
          <CardDescription>
            An item reaches {account.company} when it is assigned to all customers, to its category ({account.category.name}){account.group ? `, to its group (${account.group.name})` : ''} or to the account itself. Where several levels assign it, the most specific wins:
            <span className="ml-1 inline-flex flex-wrap items-center gap-1 align-middle">
              {(['customer', 'group', 'category', 'all'] as const).map((l, i) => (
                <span key={l} className="inline-flex items-center gap-1">
                  {i > 0 ? <span aria-hidden>&gt;</span> : null}
                  <Badge variant={levelVariant[l]}>{levelLabels[l]}</Badge>
                </span>
              ))}
            </span>
            . An item assigned nowhere is not available, unless its type has a default.
          </CardDescription>
        </CardHeader>
      </Card>
      <div className="flex flex-wrap items-end gap-3">
        <div className="grid gap-1">
          <label htmlFor="effective-search" className="text-sm font-medium">
            Search
          </label>
          <Input id="effective-search" type="search" placeholder="Setting, value or type" value={search} onChange={(e) => setSearch(e.target.value)} className="w-64" data-testid="effective-search" />
        </div>
        <div className="grid gap-1">
          <label htmlFor="effective-level" className="text-sm font-medium">
            Source
          </label>
          <Select value={level} onValueChange={setLevel}>
            <SelectTrigger id="effective-level" className="w-48" data-testid="effective-level">
              <SelectValue />
            </SelectTrigger>
            <SelectContent>
              <SelectItem value="any">Any level</SelectItem>
              <SelectItem value="customer">Customer</SelectItem>
              <SelectItem value="group">Group</SelectItem>
              <SelectItem value="category">Category</SelectItem>
              <SelectItem value="all">All customers</SelectItem>
              <SelectItem value="default">Default</SelectItem>
              <SelectItem value="none">Not assigned</SelectItem>
            </SelectContent>
          </Select>
        </div>
      </div>
      {types.length === 0 ? (
        <EmptyState icon={SearchX} title="No setting matches" description="Clear the search or choose another source level." />
      ) : (
        types.map((t) => (
          <Card key={t.type} data-testid={`effective-type-${t.type}`}>
            <CardHeader>
              <CardTitle>
                <h2 className="text-base">{t.label}</h2>
              </CardTitle>
              {t.description ? <CardDescription>{t.description}</CardDescription> : null}
            </CardHeader>
            <CardContent>
              <ul className="divide-y divide-border">
                {t.items.map((i) => (
                  <li key={i.key} className="grid gap-1 py-3" data-testid={`effective-item-${t.type}-${i.key}`}>
                    <div className="flex flex-wrap items-center justify-between gap-2">
                      <div>
                        <p className="text-sm font-medium">{i.label}</p>
                        {i.description ? <p className="text-sm text-muted-foreground">{i.description}</p> : null}
                      </div>
                      <div className="flex items-center gap-2">
                        <span className="text-sm font-medium" data-testid="effective-value">
                          {i.display}
                        </span>
                        <SourceBadge source={i.source} accountId={account.id} />
                      </div>
                    </div>
                    {i.overridden.length ? (
                      <p className="text-xs text-muted-foreground">
                        Overrides {i.overridden.map((o) => `${levelLabels[o.level]}${o.level === 'all' ? '' : ` ${o.targetName}`}: ${o.display}`).join('; ')}
                      </p>
                    ) : null}
                  </li>
                ))}
              </ul>
            </CardContent>
          </Card>
        ))
      )}
    </div>
  );
}
