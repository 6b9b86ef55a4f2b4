import { eq, sql } from 'drizzle-orm';
import { apiKeys } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record-audit';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { parseInput } from '@/lib/validation';
import { apiKeyPublicColumns, toApiKeyView, type ApiKeyView } from '../views';
import { apiKeyIdSchema, findManagedKey } from './get-api-key';
import { assertSessionActor } from './guards';
import { publishEvent } from '@/lib/webhooks';

/**
 * Revokes a key at once (the next request with it is a 401). The row stays as history. Revoking a
 * revoked key changes nothing and returns it as it is.
 */
export async function revokeApiKey({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ApiKeyView> {
  assertPermission(ctx, 'api_keys.write');
  assertSessionActor(ctx);
  const { id } = parseInput(apiKeyIdSchema, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => {
    const before = await findManagedKey(tx, ctx, id, { forUpdate: true });
    if (before.revokedAt) return toApiKeyView(before);
    const [after] = await tx.update(apiKeys).set({ revokedAt: sql`now()` }).where(eq(apiKeys.id, id)).returning(apiKeyPublicColumns);
    await recordAudit(tx, ctx, {
      entity: 'api_key',
      entityId: id,
      action: 'revoke',
      before: { revokedAt: null, status: toApiKeyView(before).status },
      after: { revokedAt: after!.revokedAt, status: 'revoked' },
      tenantId: ctx.tenant.id,
    });
    await publishEvent(tx, ctx, 'api_key.revoked', { apiKeyId: id, name: before.name, prefix: before.prefix });
    return toApiKeyView(after!);
  });
}
