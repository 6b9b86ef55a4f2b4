import { count, eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { ConflictError } from '@/lib/errors';
import { parseInput, safeText, type InputOf } from '@/lib/validation';
import { webhookEventTypeNames } from '../event-types';
import { encryptSecret, generateWebhookSecret } from '../secret-box';
import { assertPublicWebhookUrl, webhookEventTypesSchema, webhookUrlSchema } from '../url-guard';
import { toEndpointView, type WebhookEndpointView } from '../views';

/** Endpoints one tenant may register; more is a sign of endpoints being created instead of reused. */
export const MAX_ENDPOINTS_PER_TENANT = 50;

export const createWebhookEndpointSchema = z.object({
  url: webhookUrlSchema.meta({ examples: ['https://example.com/webhooks/didtron'] }),
  description: safeText().trim().max(500, 'must be at most 500 characters').default(''),
  eventTypes: webhookEventTypesSchema(webhookEventTypeNames).meta({ examples: [['user.created', 'api_key.created']] }),
});

/**
 * Registers an endpoint for the request's tenant, owned by the actor (who is emailed if it is ever
 * disabled). The URL must be https and resolve to public addresses (url-guard.ts). The signing
 * secret is returned once, here; it is stored encrypted.
 */
export async function createWebhookEndpoint({ ctx, input }: { ctx: Ctx; input: InputOf<typeof createWebhookEndpointSchema> }): Promise<WebhookEndpointView & { secret: string }> {
  assertPermission(ctx, 'webhooks.write');
  const data = parseInput(createWebhookEndpointSchema, input);
  // The DNS check runs before the transaction: a slow resolver never holds a connection.
  await assertPublicWebhookUrl(data.url);
  const secret = generateWebhookSecret();
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const [{ n }] = (await tx.select({ n: count() }).from(webhookEndpoints).where(eq(webhookEndpoints.tenantId, ctx.tenant.id))) as [{ n: number }];
    if (n >= MAX_ENDPOINTS_PER_TENANT) throw new ConflictError(`This account already has ${n} webhook endpoints: delete one you no longer use first`);
    const [row] = await tx
      .insert(webhookEndpoints)
      .values({
        tenantId: ctx.tenant.id,
        ownerUserId: ctx.actor.userId,
        createdBy: ctx.actor.userId,
        url: data.url,
        description: data.description,
        eventTypes: data.eventTypes,
        secretEncrypted: encryptSecret(ctx.tenant.id, secret),
      })
      .returning();
    const view = toEndpointView(row!);
    await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: row!.id, action: 'create', after: view, tenantId: ctx.tenant.id });
    return { ...view, secret };
  });
}
