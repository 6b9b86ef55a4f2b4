import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { carrierUsers } from '@/db/schema';
import { isPlatformRole } from '@/lib/auth/permissions';
import { assertPermission, platformTx, tenantTx, type Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/**
 * Who sees which carriers:
 * - platform staff holding class4.* (the super admin): every brand's, in a platform transaction;
 * - a carrier user (class4.read only), on its brand's host: the one carrier it is linked to
 *   (carrier_users), in a tenant transaction (RLS holds too).
 * Anything else is a 403; a record outside the scope is a 404, exactly like a missing one.
 */
export type Class4Scope =
  | { kind: 'platform'; carrierId: null; tenantId: null; run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> }
  | { kind: 'carrier'; carrierId: string; tenantId: string; run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> };

export async function class4Scope(ctx: Ctx, permission: 'class4.read' | 'class4.write'): Promise<Class4Scope> {
  assertPermission(ctx, permission);
  if (isPlatformRole(ctx.actor.role)) return { kind: 'platform', carrierId: null, tenantId: null, run: (fn) => platformTx(ctx, fn) };
  if (ctx.actor.role !== 'carrier_user' || permission !== 'class4.read') throw new ForbiddenError('You cannot see carriers');
  if (ctx.actor.tenantId !== ctx.tenant.id) throw new ForbiddenError('Carriers are seen on your own brand’s portal');
  const tenantId = ctx.tenant.id;
  const carrierId = await tenantTx(ctx, tenantId, async (tx) => {
    const [link] = await tx.select({ carrierId: carrierUsers.carrierId }).from(carrierUsers).where(eq(carrierUsers.userId, ctx.actor.userId));
    return link?.carrierId ?? null;
  });
  if (!carrierId) throw new ForbiddenError('Your account is not linked to a carrier yet: ask your account manager');
  return { kind: 'carrier', carrierId, tenantId, run: (fn) => tenantTx(ctx, tenantId, fn) };
}

/** Platform staff only (writes). */
export async function class4WriteScope(ctx: Ctx): Promise<Extract<Class4Scope, { kind: 'platform' }>> {
  const scope = await class4Scope(ctx, 'class4.write');
  if (scope.kind !== 'platform') throw new ForbiddenError('You cannot change carriers');
  return scope;
}
