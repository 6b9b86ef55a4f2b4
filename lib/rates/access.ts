import type { Tx } from '@/db/client';
import { isPlatformRole } from '@/lib/auth/permissions';
import { assertPermission, platformTx, type Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/**
 * Who reaches rate plans: platform staff holding rates.* (the super admin), every brand's plans, in a
 * platform transaction. Carrier users (their own supplier/customer plans) come later.
 */
export async function ratesScope(ctx: Ctx, permission: 'rates.read' | 'rates.write'): Promise<{ run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> }> {
  assertPermission(ctx, permission);
  if (!isPlatformRole(ctx.actor.role)) throw new ForbiddenError('Rate plans are managed by platform staff');
  return { run: (fn) => platformTx(ctx, fn) };
}
