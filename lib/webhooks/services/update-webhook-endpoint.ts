import { eq } from 'drizzle-orm';
import { z } from 'zod';
import { webhookEndpoints } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { parseInput, safeText, type InputOf } from '@/lib/validation';
import { webhookEventTypeNames } from '../event-types';
import { assertPublicWebhookUrl, webhookEventTypesSchema, webhookUrlSchema } from '../url-guard';
import { toEndpointView, type WebhookEndpointView } from '../views';
import { findManagedEndpoint } from './find-endpoint';

export const updateWebhookEndpointSchema = z.object({
  id: z.uuid(),
  url: webhookUrlSchema.optional(),
  description: safeText().trim().max(500, 'must be at most 500 characters').optional(),
  eventTypes: webhookEventTypesSchema(webhookEventTypeNames).optional(),
  /** false disables the endpoint (no new deliveries); true enables it again and clears its failure streak. */
  enabled: z.boolean().optional(),
});

/** Changes an endpoint's URL, description, events, or enables/disables it. A new URL passes the SSRF guard again. */
export async function updateWebhookEndpoint({ ctx, input }: { ctx: Ctx; input: InputOf<typeof updateWebhookEndpointSchema> }): Promise<WebhookEndpointView> {
  assertPermission(ctx, 'webhooks.write');
  const { id, ...changes } = parseInput(updateWebhookEndpointSchema, input);
  if (changes.url !== undefined) await assertPublicWebhookUrl(changes.url);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const before = toEndpointView(await findManagedEndpoint(tx, ctx, id, { forUpdate: true }));
    const toggled = changes.enabled !== undefined && changes.enabled !== before.enabled;
    const set = {
      ...(changes.url !== undefined ? { url: changes.url } : {}),
      ...(changes.description !== undefined ? { description: changes.description } : {}),
      ...(changes.eventTypes !== undefined ? { eventTypes: changes.eventTypes } : {}),
      ...(toggled && changes.enabled ? { enabled: true, disabledReason: null, disabledAt: null, failureStreak: 0, failingSince: null } : {}),
      ...(toggled && !changes.enabled ? { enabled: false, disabledReason: `Disabled by ${ctx.actor.email}`, disabledAt: new Date() } : {}),
    };
    if (Object.keys(set).length === 0) return before;
    const [row] = await tx.update(webhookEndpoints).set(set).where(eq(webhookEndpoints.id, id)).returning();
    const after = toEndpointView(row!);
    const action = toggled && Object.keys(changes).length === 1 ? (changes.enabled ? 'enable' : 'disable') : 'update';
    await recordAudit(tx, ctx, { entity: 'webhook_endpoint', entityId: id, action, before, after, tenantId: ctx.tenant.id });
    return after;
  });
}
