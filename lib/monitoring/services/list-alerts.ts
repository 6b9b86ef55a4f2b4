import { inArray, ne, type SQL } from 'drizzle-orm';
import { z } from 'zod';
import { alerts, alertSeverities } from '@/db/schema/monitoring';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ValidationError } from '@/lib/errors';
import { defineListSpec, keysetPage, parseListQuery, type Page } from '@/lib/pagination';
import { alertStatusFilters, type AlertItem } from '../types';
import { toAlertItem } from './alert-view';

/** Newest activity first; `q` searches the title and the budget key. */
export const alertListSpec = defineListSpec<'lastSeenAt' | 'firstSeenAt', 'severity' | 'key'>({
  sortable: { lastSeenAt: alerts.lastSeenAt, firstSeenAt: alerts.firstSeenAt },
  defaultSort: '-lastSeenAt',
  filters: {
    severity: { column: alerts.severity, values: alertSeverities },
    key: { column: alerts.key, schema: z.string().regex(/^[a-z0-9_.-]+$/, 'letters, digits and . _ - only') },
  },
  searchColumns: [alerts.title, alerts.key],
});

const statusSchema = z.enum(alertStatusFilters, { error: `must be one of ${alertStatusFilters.join(', ')}` });

/**
 * Alerts for System Status staff. `status` is open, acknowledged, resolved, or active (open and
 * acknowledged: everything not resolved).
 */
export async function listAlerts({ ctx, input }: { ctx: Ctx; input: URLSearchParams }): Promise<Page<AlertItem>> {
  assertPermission(ctx, 'system.read');
  const query = parseListQuery(input, alertListSpec);
  let where: SQL | undefined;
  const rawStatus = input.get('status');
  if (rawStatus) {
    const status = statusSchema.safeParse(rawStatus);
    if (!status.success) throw new ValidationError([{ path: 'status', message: status.error.issues[0]?.message ?? 'invalid status' }]);
    where = status.data === 'active' ? ne(alerts.status, 'resolved') : inArray(alerts.status, [status.data]);
  }
  const page = await platformTx(ctx, (tx) => keysetPage(tx, { table: alerts, query, where }));
  return { items: page.items.map(toAlertItem), pageInfo: page.pageInfo };
}
