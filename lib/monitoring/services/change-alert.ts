import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { alerts, type Alert } from '@/db/schema/monitoring';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import type { AlertItem } from '../types';
import { toAlertItem } from './alert-view';

const inputSchema = z.object({ id: z.uuid('must be an alert id') });

/**
 * The shared body of acknowledge and resolve: lock the alert, check the transition, apply it and
 * audit it in one transaction.
 */
export async function changeAlert(
  ctx: Ctx,
  input: { id: string },
  action: 'acknowledge' | 'resolve',
  apply: (alert: Alert) => Partial<Alert> | null,
): Promise<AlertItem> {
  assertPermission(ctx, 'system.write');
  const { id } = parseInput(inputSchema, input);
  return platformTx(ctx, async (tx) => {
    const [before] = await tx.select().from(alerts).where(eq(alerts.id, id)).for('update');
    if (!before) throw new NotFoundError('Alert not found');
    if (before.status === 'resolved') throw new ConflictError('This alert is already resolved');
    const changes = apply(before);
    if (!changes) return toAlertItem(before);
    const [after] = await tx.update(alerts).set(changes).where(eq(alerts.id, id)).returning();
    await recordAudit(tx, ctx, {
      entity: 'alert',
      entityId: id,
      action,
      before: { status: before.status, severity: before.severity, key: before.key },
      after: { status: after!.status, severity: after!.severity, key: after!.key },
    });
    return toAlertItem(after!);
  });
}
