import type { Tx } from '@/db/client';
import type { Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';
import { class4Scope } from '@/lib/class4/access';

/**
 * Routing is the operator's: platform staff holding class4.read / class4.write, every brand's plans
 * in a platform transaction. A carrier user (class4.read on its own carrier) never sees routing.
 */
export async function routingScope(ctx: Ctx, permission: 'class4.read' | 'class4.write'): Promise<{ run<T>(fn: (tx: Tx, ctx: Ctx) => Promise<T>): Promise<T> }> {
  const scope = await class4Scope(ctx, permission);
  if (scope.kind !== 'platform') throw new ForbiddenError('Routing is managed by platform staff');
  return scope;
}
