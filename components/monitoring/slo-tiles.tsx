import { Card, CardContent, CardDescription, CardHeader, CardTitle } from '@/components/ui/card';
import { Skeleton } from '@/components/ui/skeleton';
import type { SloTile } from '@/lib/monitoring/types';
import { cn } from '@/lib/utils';
import { formatBudget, formatMetric } from './format';
import { BudgetStatusBadge } from './status-badges';

const RULE: Record<SloTile['status'], string> = {
  ok: 'border-l-success',
  warning: 'border-l-warning',
  critical: 'border-l-destructive',
  no_data: 'border-l-border',
};

function windowText(t: SloTile): string {
  if (t.sustainedMinutes > 0) return `for ${t.sustainedMinutes} min in a row`;
  return `${t.aggregation === 'latest' ? 'latest' : t.aggregation} over ${t.windowMinutes} min`;
}

/** One tile per budget: status colour, the judged value against the budget, and the 5/15-minute figures. */
export function SloTiles({ tiles }: { tiles: SloTile[] | undefined }) {
  if (!tiles) {
    return (
      <div className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" data-testid="slo-tiles-loading">
        {Array.from({ length: 7 }, (_, i) => (
          <Skeleton key={i} className="h-32" />
        ))}
      </div>
    );
  }
  return (
    <ul className="grid gap-4 sm:grid-cols-2 xl:grid-cols-4" aria-label="Service-level budgets" data-testid="slo-tiles">
      {tiles.map((t) => (
        <li key={t.key}>
          <Card className={cn('h-full border-l-4', RULE[t.status])} data-testid={`slo-tile-${t.key}`} data-status={t.status}>
            <CardHeader>
              <CardTitle>
                <h3 className="text-sm font-semibold">{t.label}</h3>
              </CardTitle>
              <CardDescription className="text-xs">{windowText(t)}</CardDescription>
            </CardHeader>
            <CardContent className="grid gap-2">
              <div className="flex items-baseline justify-between gap-2">
                <span className="text-2xl font-semibold tabular-nums" data-testid={`slo-value-${t.key}`}>
                  {formatMetric(t.value, t.unit, t.warnThreshold ?? t.criticalThreshold)}
                </span>
                <BudgetStatusBadge status={t.status} />
              </div>
              <dl className="grid grid-cols-3 gap-2 text-xs">
                <div>
                  <dt className="text-muted-foreground">Budget</dt>
                  <dd className="tabular-nums">{formatBudget(t)}</dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">5 min</dt>
                  <dd className="tabular-nums">{formatMetric(t.value5m, t.unit)}</dd>
                </div>
                <div>
                  <dt className="text-muted-foreground">15 min</dt>
                  <dd className="tabular-nums">{formatMetric(t.value15m, t.unit)}</dd>
                </div>
              </dl>
            </CardContent>
          </Card>
        </li>
      ))}
    </ul>
  );
}
