import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Tx } from '@/db/client';
import { webhookEndpoints, type WebhookEndpointRow } from '@/db/schema';
import type { Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { managesAllEndpoints } from '../views';

export const webhookEndpointIdSchema = z.object({ id: z.uuid() });

/**
 * An endpoint the actor manages, in the request's tenant, or 404: another tenant's endpoint (RLS and
 * the tenant condition) and another user's look the same as one that does not exist.
 */
export async function findManagedEndpoint(tx: Tx, ctx: Ctx, id: string, opts: { forUpdate?: boolean } = {}): Promise<WebhookEndpointRow> {
  const own = managesAllEndpoints(ctx.actor) ? undefined : eq(webhookEndpoints.ownerUserId, ctx.actor.userId);
  const query = tx
    .select()
    .from(webhookEndpoints)
    .where(and(eq(webhookEndpoints.id, id), eq(webhookEndpoints.tenantId, ctx.tenant.id), own));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('Webhook endpoint not found');
  return row;
}
