import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { publishEvent } from '../publish-event';
import { findManagedEndpoint, webhookEndpointIdSchema } from './find-endpoint';

/** Sends a `webhook.test` event to one endpoint (subscribed to it or not), through the normal delivery path. */
export async function sendTestWebhook({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<{ eventId: string; deliveryId: string }> {
  assertPermission(ctx, 'webhooks.write');
  const { id } = parseInput(webhookEndpointIdSchema, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx, ctx) => {
    const endpoint = await findManagedEndpoint(tx, ctx, id);
    if (!endpoint.enabled) throw new ConflictError('This endpoint is disabled: enable it before sending a test event');
    const { eventId, deliveryIds } = await publishEvent(tx, ctx, 'webhook.test', { endpointId: id, message: 'A test event sent from DIDTron' }, { endpointIds: [id] });
    await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: id, action: 'test', after: { eventId }, tenantId: ctx.tenant.id });
    return { eventId, deliveryId: deliveryIds[0]! };
  });
}
