import { and, eq } from 'drizzle-orm';
import { z } from 'zod';
import { type Tx } from '@/db/client';
import { apiKeys, type ApiKeyRow } from '@/db/schema';
import { assertPermission, tenantTx, type Ctx } from '@/lib/context';
import { NotFoundError } from '@/lib/errors';
import { parseInput } from '@/lib/validation';
import { apiKeyPublicColumns, managesAllKeys, toApiKeyView, type ApiKeyView } from '../views';
import { assertSessionActor } from './guards';

export const apiKeyIdSchema = z.object({ id: z.uuid() });

/**
 * A key the actor manages, in the request's tenant, or 404: another tenant's key (RLS and the
 * tenant condition) and another customer's key look the same as a key that does not exist.
 */
export async function findManagedKey(tx: Tx, ctx: Ctx, id: string, opts: { forUpdate?: boolean } = {}): Promise<Omit<ApiKeyRow, 'hash'>> {
  const own = managesAllKeys(ctx.actor) ? undefined : eq(apiKeys.ownerUserId, ctx.actor.userId);
  const query = tx
    .select(apiKeyPublicColumns)
    .from(apiKeys)
    .where(and(eq(apiKeys.id, id), eq(apiKeys.tenantId, ctx.tenant.id), own));
  const [row] = opts.forUpdate ? await query.for('update') : await query;
  if (!row) throw new NotFoundError('API key not found');
  return row;
}

export async function getApiKey({ ctx, input }: { ctx: Ctx; input: { id: string } }): Promise<ApiKeyView> {
  assertPermission(ctx, 'api_keys.read');
  assertSessionActor(ctx);
  const { id } = parseInput(apiKeyIdSchema, input);
  return tenantTx(ctx, ctx.tenant.id, async (tx) => toApiKeyView(await findManagedKey(tx, ctx, id)));
}
