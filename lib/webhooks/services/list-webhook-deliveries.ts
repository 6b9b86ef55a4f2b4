import { and, asc, eq, inArray } from 'drizzle-orm';
import { webhookAttempts, webhookDeliveries, webhookEvents } from '@/db/schema';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery, type Page } from '@/lib/pagination';
import { parseInput } from '@/lib/validation';
import { toAttemptView, type WebhookDeliveryView } from '../views';
import { findManagedEndpoint, webhookEndpointIdSchema } from './find-endpoint';

export const webhookDeliveryListSpec = defineListSpec<'createdAt', 'status'>({
  sortable: { createdAt: webhookDeliveries.createdAt },
  defaultSort: '-createdAt',
  filters: { status: { column: webhookDeliveries.status, values: ['pending', 'succeeded', 'failed'] } },
});

/** An endpoint's deliveries, newest first, each with its attempt log (at most 8 attempts: bounded). */
export async function listWebhookDeliveries({ ctx, input }: { ctx: Ctx; input: { endpointId: string; query: URLSearchParams } }): Promise<Page<WebhookDeliveryView>> {
  assertPermission(ctx, 'webhooks.read');
  const { id: endpointId } = parseInput(webhookEndpointIdSchema, { id: input.endpointId });
  const query = parseListQuery(input.query, webhookDeliveryListSpec);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    await findManagedEndpoint(tx, ctx, endpointId);
    const page = await paginate(query, { id: webhookDeliveries.id }, (k) =>
      tx
        .select({
          id: webhookDeliveries.id,
          endpointId: webhookDeliveries.endpointId,
          eventId: webhookDeliveries.eventId,
          eventType: webhookEvents.type,
          status: webhookDeliveries.status,
          attempts: webhookDeliveries.attempts,
          lastStatusCode: webhookDeliveries.lastStatusCode,
          nextAttemptAt: webhookDeliveries.nextAttemptAt,
          completedAt: webhookDeliveries.completedAt,
          replayOf: webhookDeliveries.replayOf,
          createdAt: webhookDeliveries.createdAt,
          updatedAt: webhookDeliveries.updatedAt,
          ...k.select,
        })
        .from(webhookDeliveries)
        .innerJoin(webhookEvents, eq(webhookEvents.id, webhookDeliveries.eventId))
        .where(and(eq(webhookDeliveries.endpointId, endpointId), k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    );
    const ids = page.items.map((d) => d.id);
    const attempts = ids.length ? await tx.select().from(webhookAttempts).where(inArray(webhookAttempts.deliveryId, ids)).orderBy(asc(webhookAttempts.attempt)) : [];
    return {
      items: page.items.map((d) => ({ ...d, attemptLog: attempts.filter((a) => a.deliveryId === d.id).map(toAttemptView) })),
      pageInfo: page.pageInfo,
    };
  });
}
