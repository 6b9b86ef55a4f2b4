import { and, eq } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { defineListSpec, paginate, parseListQuery, type Page } from '@/lib/pagination';
import { apiKeyPublicColumns, managesAllKeys, toApiKeyView, type ApiKeyView } from '../views';
import { assertSessionActor } from './guards';

export const apiKeyListSpec = defineListSpec<'createdAt' | 'name', never>({
  sortable: { createdAt: apiKeys.createdAt, name: apiKeys.name },
  defaultSort: '-createdAt',
  searchColumns: [apiKeys.name, apiKeys.prefix],
});

/**
 * The keys of the request's tenant that the actor manages (their own; every key of the tenant for
 * tenant admins and platform staff), newest first. Never returns a secret or a hash.
 */
export async function listApiKeys({ ctx, input }: { ctx: Ctx; input: URLSearchParams }): Promise<Page<ApiKeyView>> {
  assertPermission(ctx, 'api_keys.read');
  assertSessionActor(ctx);
  const query = parseListQuery(input, apiKeyListSpec);
  const own = managesAllKeys(ctx.actor) ? undefined : eq(apiKeys.ownerUserId, ctx.actor.userId);
  const page = await tenantTx(ctx, ctx.tenant.id, (tx) =>
    paginate(query, { id: apiKeys.id }, (k) =>
      tx
        .select({ ...apiKeyPublicColumns, ...k.select })
        .from(apiKeys)
        .where(and(eq(apiKeys.tenantId, ctx.tenant.id), own, k.where))
        .orderBy(...k.orderBy)
        .limit(k.limit),
    ),
  );
  return { items: page.items.map(toApiKeyView), pageInfo: page.pageInfo };
}
