import Link from 'next/link';
import { Table, TableBody, TableCell, TableHead, TableHeader, TableRow } from '@/components/ui/table';
import type { ModuleHealth } from '@/lib/monitoring/types';
import { formatMetric } from './format';
import { HealthBadge } from './status-badges';

/** The module registry with each module's health over the last 15 minutes and why it is not healthy. */
export function ModuleTable({ modules }: { modules: ModuleHealth[] }) {
  return (
    <div className="rounded-lg border bg-card" role="region" aria-labelledby="modules-heading" tabIndex={0}>
      <Table aria-labelledby="modules-heading" data-testid="module-table">
        <TableHeader className="bg-muted">
          <TableRow>
            <TableHead scope="col">Module</TableHead>
            <TableHead scope="col">Health</TableHead>
            <TableHead scope="col" className="text-right">
              Requests (15 min)
            </TableHead>
            <TableHead scope="col" className="text-right">
              List / detail p95
            </TableHead>
            <TableHead scope="col">API prefix</TableHead>
            <TableHead scope="col">Job types</TableHead>
            <TableHead scope="col">Integrations</TableHead>
          </TableRow>
        </TableHeader>
        <TableBody>
          {modules.map((m) => (
            <TableRow key={m.key} data-testid={`module-row-${m.key}`}>
              <TableCell className="whitespace-normal">
                {m.routes[0] ? (
                  <Link href={m.routes[0]} className="font-medium underline-offset-4 hover:underline" data-testid={`module-link-${m.key}`}>
                    {m.label}
                  </Link>
                ) : (
                  <span className="font-medium">{m.label}</span>
                )}
                <p className="max-w-xs text-xs text-muted-foreground">{m.description}</p>
              </TableCell>
              <TableCell className="whitespace-normal">
                <HealthBadge health={m.health} />
                {m.reasons.length ? (
                  <ul className="mt-1 max-w-xs text-xs text-muted-foreground" data-testid={`module-reasons-${m.key}`}>
                    {m.reasons.map((r) => (
                      <li key={r}>{r}</li>
                    ))}
                  </ul>
                ) : null}
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {m.requests.toLocaleString('en-US')}
                {m.serverErrors ? <span className="block text-xs text-destructive">{m.serverErrors} × 5xx</span> : null}
              </TableCell>
              <TableCell className="text-right tabular-nums">
                {`${formatMetric(m.listP95Ms, 'ms')} / ${formatMetric(m.detailP95Ms, 'ms')}`}
              </TableCell>
              <TableCell>
                <code className="text-xs">{m.apiPrefix}</code>
              </TableCell>
              <TableCell className="whitespace-normal">
                <span className="flex max-w-56 flex-wrap gap-1">
                  {m.jobTypes.length ? m.jobTypes.map((j) => <code key={j} className="text-xs">{j}</code>) : <span className="text-muted-foreground">—</span>}
                </span>
              </TableCell>
              <TableCell className="whitespace-normal">{m.integrations.length ? m.integrations.join(', ') : <span className="text-muted-foreground">—</span>}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
