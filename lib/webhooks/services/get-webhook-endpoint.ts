import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { toEndpointView, type WebhookEndpointView } from '../views';
import { findManagedEndpoint, webhookEndpointIdSchema } from './find-endpoint';

export async function getWebhookEndpoint({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<WebhookEndpointView> {
  assertPermission(ctx, 'webhooks.read');
  const { id } = parseInput(webhookEndpointIdSchema, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => toEndpointView(await findManagedEndpoint(tx, ctx, id)));
}
