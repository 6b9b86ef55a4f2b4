import { and, arrayContains, eq, inArray } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { webhookDeliveries, webhookEndpoints, webhookEvents } from '@/db/schema';
import type { AnyCtx } from '@/lib/context';
import { enqueueJob } from '@/lib/jobs/enqueue';
import { webhookEventTypes, type WebhookEventPayload, type WebhookEventType } from './event-types';

export type PublishOptions = {
  /** The tenant the event belongs to; default: the ctx's tenant. */
  tenantId?: string;
  /** Deliver to these endpoints only, subscribed or not (the test event); default: every enabled subscriber. */
  endpointIds?: string[];
};

/**
 * Publishes an event in the caller's transaction (the outbox pattern): the event row, one delivery
 * per enabled endpoint of the tenant subscribed to the type, and the first attempt's job all commit
 * or roll back with the business change that caused them, so no event is sent for a change that
 * did not happen and none is lost for one that did. Called by services after their own writes.
 */
export async function publishEvent<T extends WebhookEventType>(tx: Tx, ctx: AnyCtx, type: T, payload: WebhookEventPayload<T>, options: PublishOptions = {}): Promise<{ eventId: string; deliveryIds: string[] }> {
  const tenantId = options.tenantId ?? ctx.tenant?.id;
  if (!tenantId) throw new Error(`publishEvent(${type}) needs a tenant`);
  const data = webhookEventTypes[type].payload.parse(payload) as Record<string, unknown>;
  const [event] = await tx.insert(webhookEvents).values({ tenantId, type, payload: data }).returning({ id: webhookEvents.id });
  const targets = await tx
    .select({ id: webhookEndpoints.id })
    .from(webhookEndpoints)
    .where(
      and(
        eq(webhookEndpoints.tenantId, tenantId),
        eq(webhookEndpoints.enabled, true),
        options.endpointIds ? inArray(webhookEndpoints.id, options.endpointIds) : arrayContains(webhookEndpoints.eventTypes, [type]),
      ),
    );
  if (targets.length === 0) return { eventId: event!.id, deliveryIds: [] };
  const deliveries = await tx
    .insert(webhookDeliveries)
    .values(targets.map((t) => ({ tenantId, endpointId: t.id, eventId: event!.id })))
    .returning({ id: webhookDeliveries.id });
  for (const d of deliveries) await enqueueDeliveryAttempt(tx, tenantId, d.id, 1);
  return { eventId: event!.id, deliveryIds: deliveries.map((d) => d.id) };
}

/** Enqueues attempt `attempt` of a delivery (once: the idempotency key names the attempt). */
export function enqueueDeliveryAttempt(tx: Tx, tenantId: string, deliveryId: string, attempt: number, runAt?: Date) {
  return enqueueJob('webhooks.deliver', { tenantId, deliveryId, attempt }, { db: tx, runAt, idempotencyKey: `webhooks.deliver:${deliveryId}:${attempt}` });
}
