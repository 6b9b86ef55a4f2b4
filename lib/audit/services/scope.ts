import type { Tx } from '@/db/client';
import { isPlatformRole } from '@/lib/auth/permissions';
import { assertPermission, platformTx, tenantTx, type Ctx } from '@/lib/context';
import { ForbiddenError } from '@/lib/errors';

/** Platform staff read every tenant's trail; a tenant admin reads their own tenant's (RLS holds it there). */
export function auditScope(ctx: Ctx): <T>(fn: (tx: Tx) => Promise<T>) => Promise<T> {
  assertPermission(ctx, 'audit.read');
  if (isPlatformRole(ctx.actor.role)) return (fn) => platformTx(ctx, fn);
  if (ctx.actor.role === 'tenant_admin' && ctx.actor.tenantId === ctx.tenant.id) return (fn) => tenantTx(ctx, ctx.tenant.id, fn);
  throw new ForbiddenError('Only platform staff and tenant admins read the audit log');
}
