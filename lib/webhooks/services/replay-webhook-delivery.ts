import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhookDeliveries } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { ConflictError, NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { enqueueDeliveryAttempt } from '../publish-event';
import { findManagedEndpoint } from './find-endpoint';

export const replayWebhookDeliverySchema = z.object({ endpointId: z.uuid(), deliveryId: z.uuid() });

/**
 * Sends a logged delivery's event to its endpoint again, as a new delivery (same event, same
 * webhook-id, so an idempotent receiver can tell it is a repeat) with its own attempts and retries.
 */
export async function replayWebhookDelivery({ ctx, input }: { ctx: Ctx; input: z.input<typeof replayWebhookDeliverySchema> }): Promise<{ deliveryId: string }> {
  assertPermission(ctx, 'webhooks.write');
  const { endpointId, deliveryId } = parseInput(replayWebhookDeliverySchema, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const endpoint = await findManagedEndpoint(tx, ctx, endpointId);
    if (!endpoint.enabled) throw new ConflictError('This endpoint is disabled: enable it before replaying a delivery');
    const [original] = await tx.select().from(webhookDeliveries).where(and(eq(webhookDeliveries.id, deliveryId), eq(webhookDeliveries.endpointId, endpointId)));
    if (!original) throw new NotFoundError('Delivery not found');
    const [copy] = await tx.insert(webhookDeliveries).values({ tenantId: ctx.tenant.id, endpointId, eventId: original.eventId, replayOf: original.id }).returning({ id: webhookDeliveries.id });
    await enqueueDeliveryAttempt(tx, ctx.tenant.id, copy!.id, 1);
    await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: endpointId, action: 'delivery.replay', after: { deliveryId: copy!.id, replayOf: original.id }, tenantId: ctx.tenant.id });
    return { deliveryId: copy!.id };
  });
}
