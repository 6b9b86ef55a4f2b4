import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { toEndpointView, type WebhookEndpointView } from '../views';
import { findManagedEndpoint, webhookEndpointIdSchema } from './find-endpoint';

/** Deletes an endpoint with its delivery log; pending attempts find no delivery and end. */
export async function deleteWebhookEndpoint({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<WebhookEndpointView> {
  assertPermission(ctx, 'webhooks.write');
  const { id } = parseInput(webhookEndpointIdSchema, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const before = toEndpointView(await findManagedEndpoint(tx, ctx, id, { forUpdate: true }));
    await tx.delete(webhookEndpoints).where(eq(webhookEndpoints.id, id));
    await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: id, action: 'delete', before, tenantId: ctx.tenant.id });
    return before;
  });
}
