import { eq } from 'drizzle-orm';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { encryptSecret, generateWebhookSecret } from '../secret-box';
import { toEndpointView, type WebhookEndpointView } from '../views';
import { findManagedEndpoint, webhookEndpointIdSchema } from './find-endpoint';

/**
 * Replaces the signing secret at once and returns the new one (shown this once). Attempts sent
 * from now on, retries included, are signed with it.
 */
export async function rotateWebhookSecret({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<WebhookEndpointView & { secret: string }> {
  assertPermission(ctx, 'webhooks.write');
  const { id } = parseInput(webhookEndpointIdSchema, input);
  const secret = generateWebhookSecret();
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    await findManagedEndpoint(tx, ctx, id, { forUpdate: true });
    const [row] = await tx.update(webhookEndpoints).set({ secretEncrypted: encryptSecret(ctx.tenant.id, secret) }).where(eq(webhookEndpoints.id, id)).returning();
    await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: id, action: 'secret.rotate', tenantId: ctx.tenant.id });
    return { ...toEndpointView(row!), secret };
  });
}
