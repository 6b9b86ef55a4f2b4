import { and, eq } from 'drizzle-orm';
import { webhookEndpoints } from '@/db/schema';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery, type Page } from '@/lib/pagination';
import { managesAllEndpoints, webhookEndpointPublicColumns, type WebhookEndpointView } from '../views';

export const webhookEndpointListSpec = defineListSpec<'createdAt' | 'url', 'enabled'>({
  sortable: { createdAt: webhookEndpoints.createdAt, url: webhookEndpoints.url },
  defaultSort: '-createdAt',
  filters: { enabled: { column: webhookEndpoints.enabled, values: ['true', 'false'] } },
  searchColumns: [webhookEndpoints.url, webhookEndpoints.description],
});

/** The endpoints of the request's tenant the actor manages, newest first (keyset pages). Never a secret. */
export async function listWebhookEndpoints({ ctx, input }: { ctx: Ctx; input: URLSearchParams }): Promise<Page<WebhookEndpointView>> {
  assertPermission(ctx, 'webhooks.read');
  const query = parseListQuery(input, webhookEndpointListSpec);
  const own = managesAllEndpoints(ctx.actor) ? undefined : eq(webhookEndpoints.ownerUserId, ctx.actor.userId);
  return tenantTx(ctx, ctx.tenant.id, (tx) =>
    paginate(query, { id: webhookEndpoints.id }, (k) =>
      tx
        .select({ ...webhookEndpointPublicColumns, ...k.select })
        .from(webhookEndpoints)
        .where(and(eq(webhookEndpoints.tenantId, ctx.tenant.id), own, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
}
